import { LIMITS } from '../../../lib/limits.ts';
import { z } from '../../../lib/zod.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../lib/roles.ts';

// The SDK's "rough e-mail pattern" (resolve_user_id), the same check the mock applies.
export const EMAIL_PATTERN = /^[A-Za-z0-9._+\-']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** One or many e-mails, separated by commas, semicolons, spaces or new lines. */
export function splitEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim().replace(/^<|>$/g, ''))
    .filter(Boolean);
}

export const inviteSchema = z.object({
  emails: z
    .string()
    .refine((text) => splitEmails(text).length > 0, 'Enter at least one e-mail address')
    .refine((text) => splitEmails(text).length <= 100, 'Invite at most 100 people at a time'),
  role: z.enum(ROLES, { error: 'Choose a role' }),
});

export type InviteForm = z.infer<typeof inviteSchema>;

export type EmailCheck =
  | { email: string; status: 'invalid'; reason: string }
  | { email: string; status: 'duplicate'; reason: string }
  | { email: string; status: 'member'; role: Role; reason: string }
  | { email: string; status: 'invited'; reason: string }
  | { email: string; status: 'ready' };

/**
 * Checks each e-mail before anything is sent: syntax, repeats, members (with the role they hold),
 * pending invitations. `members` maps a lower-case e-mail to the person's role.
 */
export function checkEmails(
  emails: readonly string[],
  known: { members: ReadonlyMap<string, Role>; invited: ReadonlySet<string> },
): EmailCheck[] {
  const seen = new Set<string>();
  return emails.map((email): EmailCheck => {
    const key = email.toLowerCase();
    if (email.length > LIMITS.email) {
      return {
        email,
        status: 'invalid',
        reason: `Longer than ${LIMITS.email} characters, the most an e-mail address can have`,
      };
    }
    if (!EMAIL_PATTERN.test(email))
      return { email, status: 'invalid', reason: 'Not a valid e-mail address' };
    if (seen.has(key)) return { email, status: 'duplicate', reason: 'Listed more than once' };
    seen.add(key);
    const role = known.members.get(key);
    if (role) {
      const reason = `Already in the organization as ${ROLE_LABELS[role]}`;
      return { email, status: 'member', role, reason };
    }
    if (known.invited.has(key))
      return { email, status: 'invited', reason: 'Already has a pending invitation' };
    return { email, status: 'ready' };
  });
}
