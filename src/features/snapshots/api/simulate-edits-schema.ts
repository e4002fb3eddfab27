import { z } from '../../../lib/zod.ts';

// The demo's "simulate edits" form: whole sample counts (typed as text) the dataset can take.
const count = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/, 'Enter a whole number, 0 or more');

const fields = z.object({ samplesAdded: count, samplesDeleted: count, samplesChanged: count });

export type SimulateEditsForm = z.infer<typeof fields>;

export function toEdits(form: SimulateEditsForm) {
  return {
    samplesAdded: Number(form.samplesAdded),
    samplesDeleted: Number(form.samplesDeleted),
    samplesChanged: Number(form.samplesChanged),
  };
}

export function simulateEditsSchema(samplesCount: number) {
  return fields
    .refine(
      (form) => {
        const edits = toEdits(form);
        return edits.samplesAdded + edits.samplesDeleted + edits.samplesChanged > 0;
      },
      { error: 'Add, delete or change at least one sample', path: ['samplesAdded'] },
    )
    .refine((form) => toEdits(form).samplesDeleted <= samplesCount, {
      error: `The dataset has ${samplesCount.toLocaleString()} samples`,
      path: ['samplesDeleted'],
    })
    .refine(
      (form) => {
        const edits = toEdits(form);
        return edits.samplesChanged <= samplesCount - Math.min(edits.samplesDeleted, samplesCount);
      },
      { error: 'More than the samples left after the deletions', path: ['samplesChanged'] },
    );
}
