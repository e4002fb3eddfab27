import { z } from '../../../lib/zod.ts';

// create_snapshot(): a name unique in the dataset (checked here before sending, and again by the
// API) and an optional description. The mock API refuses the same things.
export const SNAPSHOT_NAME_MAX = 100;
export const SNAPSHOT_DESCRIPTION_MAX = 1000;

export function createSnapshotSchema(existingNames: readonly string[]) {
  const taken = new Set(existingNames);
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the snapshot a name')
      .max(SNAPSHOT_NAME_MAX, `At most ${SNAPSHOT_NAME_MAX} characters`)
      .refine((name) => !taken.has(name), {
        error: (issue) => `This dataset already has a snapshot named ${String(issue.input)}`,
      }),
    description: z
      .string()
      .trim()
      .max(SNAPSHOT_DESCRIPTION_MAX, `At most ${SNAPSHOT_DESCRIPTION_MAX} characters`),
  });
}

export type CreateSnapshotForm = z.input<ReturnType<typeof createSnapshotSchema>>;
