import { LIMITS } from '../../../lib/limits.ts';
import { z } from '../../../lib/zod.ts';
import { ROLE_LABELS, ROLES } from '../../../lib/roles.ts';
import { GRANT_LEVELS, rank, roleCap } from '../lib/access-rules.ts';
import { permissionText } from '../../../lib/permissions.ts';

// The SDK's "rough e-mail pattern" (resolve_user_id), the check the API applies to invitations.
export const EMAIL_PATTERN = /^[A-Za-z0-9._+\-']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/**
 * Granting a person access (set_dataset_user_permission): someone chosen from the list
 * (`userId`, with their role), or an e-mail to grant to, or to invite with `inviteRole`.
 * The level must fit the role: the person's, or the role the invitation carries.
 */
export const personGrantSchema = z
  .object({
    who: z.string().trim(),
    userId: z.string().nullable(),
    personRole: z.enum(ROLES).nullable(),
    permission: z.enum(GRANT_LEVELS, { error: 'Choose a permission' }),
    inviteRole: z.enum(ROLES),
  })
  .superRefine((value, ctx) => {
    if (value.userId === null) {
      if (value.who === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['who'],
          message: 'Choose a person, or type the e-mail address of someone to invite',
        });
      } else if (value.who.length > LIMITS.email) {
        ctx.addIssue({
          code: 'custom',
          path: ['who'],
          message: `An e-mail address has at most ${LIMITS.email} characters`,
        });
      } else if (!EMAIL_PATTERN.test(value.who)) {
        ctx.addIssue({
          code: 'custom',
          path: ['who'],
          message: 'Choose a person from the list, or type a valid e-mail address',
        });
      }
    }
    const role = value.userId !== null ? value.personRole : value.inviteRole;
    if (role && rank(value.permission) > rank(roleCap(role))) {
      ctx.addIssue({
        code: 'custom',
        path: [value.userId !== null ? 'permission' : 'inviteRole'],
        message: `${ROLE_LABELS[role]}s can have at most ${permissionText(roleCap(role))}`,
      });
    }
  });

export type PersonGrantForm = z.infer<typeof personGrantSchema>;

export const groupGrantSchema = z.object({
  group: z.string().trim().min(1, 'Choose a group, or type its name'),
  permission: z.enum(GRANT_LEVELS, { error: 'Choose a permission' }),
});

export type GroupGrantForm = z.infer<typeof groupGrantSchema>;

/**
 * Granting on many datasets from the list: one person chosen from the list (their role caps the
 * level, as the server does) or one group by name, and the level.
 */
export const bulkGrantSchema = z
  .object({
    kind: z.enum(['person', 'group']),
    who: z.string().trim(),
    person: z
      .object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(ROLES) })
      .nullable(),
    group: z.string().trim(),
    permission: z.enum(GRANT_LEVELS, { error: 'Choose a permission' }),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'group') {
      if (value.group === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['group'],
          message: 'Choose a group, or type its name',
        });
      }
      return;
    }
    if (value.person === null) {
      ctx.addIssue({ code: 'custom', path: ['who'], message: 'Choose a person from the list' });
      return;
    }
    const { role } = value.person;
    if (rank(value.permission) > rank(roleCap(role))) {
      ctx.addIssue({
        code: 'custom',
        path: ['permission'],
        message: `${ROLE_LABELS[role]}s can have at most ${permissionText(roleCap(role))}`,
      });
    }
  });

export type BulkGrantForm = z.infer<typeof bulkGrantSchema>;
