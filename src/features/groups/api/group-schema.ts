import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import { z } from '../../../lib/zod.ts';

// What a group form sends (create_user_group / update_user_group); the mock applies the same
// limits (a non-blank name of at most 100 characters, unique letter case aside).
export const groupInfoSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the group a name')
    .max(LIMITS.groupName, tooLongMessage(LIMITS.groupName)),
  description: z
    .string()
    .trim()
    .max(LIMITS.groupDescription, tooLongMessage(LIMITS.groupDescription)),
});

export type GroupInfoForm = z.infer<typeof groupInfoSchema>;

export const createGroupSchema = groupInfoSchema.extend({
  memberIds: z.array(z.string()),
});

export type CreateGroupForm = z.infer<typeof createGroupSchema>;
