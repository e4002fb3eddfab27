import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import { z } from '../../../lib/zod.ts';

// create_snapshot(): a name unique in the dataset (checked here before sending, and again by the
// API) and an optional description. The mock API refuses the same things.
export const SNAPSHOT_NAME_MAX = LIMITS.snapshotName;
export const SNAPSHOT_DESCRIPTION_MAX = LIMITS.snapshotDescription;

export function createSnapshotSchema(existingNames: readonly string[]) {
  const taken = new Set(existingNames);
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the snapshot a name')
      .max(SNAPSHOT_NAME_MAX, tooLongMessage(SNAPSHOT_NAME_MAX))
      .refine((name) => !taken.has(name), {
        error: (issue) => `This dataset already has a snapshot named ${String(issue.input)}`,
      }),
    description: z
      .string()
      .trim()
      .max(SNAPSHOT_DESCRIPTION_MAX, tooLongMessage(SNAPSHOT_DESCRIPTION_MAX)),
  });
}

export type CreateSnapshotForm = z.input<ReturnType<typeof createSnapshotSchema>>;
