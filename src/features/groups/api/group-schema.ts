import { z } from '../../../lib/zod.ts';

// What a group form sends (create_user_group / update_user_group); the mock applies the same
// limits (a non-blank name of at most 100 characters, unique letter case aside).
export const groupInfoSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the group a name')
    .max(100, 'Keep the name to 100 characters or fewer'),
  description: z.string().trim().max(500, 'Keep the description to 500 characters or fewer'),
});

export type GroupInfoForm = z.infer<typeof groupInfoSchema>;

export const createGroupSchema = groupInfoSchema.extend({
  memberIds: z.array(z.string()),
});

export type CreateGroupForm = z.infer<typeof createGroupSchema>;
