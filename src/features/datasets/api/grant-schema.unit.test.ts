import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../lib/roles.ts';
import { GRANT_LEVELS, rank, roleCap } from '../lib/access-rules.ts';
import { groupGrantSchema, personGrantSchema } from './grant-schema.ts';
import { permissionText } from '../../../lib/permissions.ts';

const role = fc.constantFrom(...ROLES);
const level = fc.constantFrom(...GRANT_LEVELS);

const issues = (value: unknown) => {
  const result = personGrantSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('personGrantSchema', () => {
  it("accepts a chosen person's level exactly when their role can hold it, naming the cap", () => {
    fc.assert(
      fc.property(role, level, role, (personRole, permission, inviteRole) => {
        const found = issues({
          who: 'someone@acme.ai',
          userId: 'a1',
          personRole,
          permission,
          inviteRole,
        });
        if (rank(permission) <= rank(roleCap(personRole))) {
          expect(found).toEqual([]);
        } else {
          expect(found).toEqual([
            [
              'permission',
              expect.stringContaining(`at most ${permissionText(roleCap(personRole))}`),
            ],
          ]);
        }
      }),
    );
  });

  it('checks an invitation against the role it carries', () => {
    fc.assert(
      fc.property(role, level, (inviteRole, permission) => {
        const found = issues({
          who: 'new@vendor.io',
          userId: null,
          personRole: null,
          permission,
          inviteRole,
        });
        expect(found.length === 0).toBe(rank(permission) <= rank(roleCap(inviteRole)));
        for (const [path] of found) expect(path).toBe('inviteRole');
      }),
    );
  });

  it('refuses anything typed that is not an e-mail address, on the person field', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes('@')),
        (who) => {
          const found = issues({
            who,
            userId: null,
            personRole: null,
            permission: 'VIEW',
            inviteRole: 'GUEST',
          });
          expect(found.map(([path]) => path)).toEqual(['who']);
        },
      ),
    );
    expect(
      issues({
        who: 'a.b@c.io',
        userId: null,
        personRole: null,
        permission: 'VIEW',
        inviteRole: 'GUEST',
      }),
    ).toEqual([]);
  });
});

describe('groupGrantSchema', () => {
  it('needs a group name that is not blank', () => {
    fc.assert(
      fc.property(fc.string(), level, (group, permission) => {
        const ok = groupGrantSchema.safeParse({ group, permission }).success;
        expect(ok).toBe(group.trim() !== '');
      }),
    );
  });
});
