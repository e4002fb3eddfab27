import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEmails, EMAIL_PATTERN, inviteSchema, splitEmails } from './invite-schema.ts';

// Property-based checks of the invite form: what the SDK's e-mail pattern accepts is ready to
// invite, anything else is flagged with a reason, and nothing typed is dropped or duplicated.

const local = fc.stringMatching(/^[A-Za-z0-9._+'-]{1,12}$/);
const domain = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9-]{1,10}$/), fc.stringMatching(/^[A-Za-z]{2,6}$/))
  .map(([name, tld]) => `${name}.${tld}`);
const email = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`);
const separator = fc.constantFrom(',', ';', ' ', '\n', ', ', ' ;\n');

describe('invite schema', () => {
  it('splits any list of addresses, whatever separates them, without losing one', () => {
    fc.assert(
      fc.property(fc.array(email, { minLength: 1, maxLength: 20 }), separator, (emails, sep) => {
        expect(splitEmails(emails.join(sep))).toEqual(emails);
      }),
    );
  });

  it('marks every valid, new, distinct address ready', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(email, { selector: (e) => e.toLowerCase(), maxLength: 20 }),
        (emails) => {
          const checks = checkEmails(emails, { members: new Map(), invited: new Set() });
          expect(checks.map((c) => c.status)).toEqual(emails.map(() => 'ready'));
        },
      ),
    );
  });

  it('flags every address the pattern refuses, with a reason', () => {
    const invalid = fc
      .string({ maxLength: 30 })
      .filter((s) => s.trim() !== '' && !EMAIL_PATTERN.test(s));
    fc.assert(
      fc.property(invalid, (text) => {
        const [check] = checkEmails([text], { members: new Map(), invited: new Set() });
        expect(check).toEqual({
          email: text,
          status: 'invalid',
          reason: 'Not a valid e-mail address',
        });
      }),
    );
  });

  it('flags members, pending invitations and repeats in any letter case', () => {
    fc.assert(
      fc.property(email, email, email, (member, invited, repeated) => {
        fc.pre(new Set([member, invited, repeated].map((e) => e.toLowerCase())).size === 3);
        const checks = checkEmails(
          [member.toUpperCase(), invited, repeated, repeated.toUpperCase()],
          {
            members: new Map([[member.toLowerCase(), 'ADMIN']]),
            invited: new Set([invited.toLowerCase()]),
          },
        );
        expect(checks.map((c) => c.status)).toEqual(['member', 'invited', 'ready', 'duplicate']);
      }),
    );
  });

  it('asks for at least one address and a role', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\s,;]*$/), (blank) => {
        const result = inviteSchema.safeParse({ emails: blank, role: 'MEMBER' });
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((i) => i.message)).toContain(
          'Enter at least one e-mail address',
        );
      }),
    );
    const noRole = inviteSchema.safeParse({ emails: 'a@b.co', role: 'OWNER' });
    expect(noRole.error?.issues.map((i) => i.message)).toEqual(['Choose a role']);
  });
});
