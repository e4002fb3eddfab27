import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext, type Context } from '../context.ts';
import { buildTestStore, IDS, TEST_NOW } from '../test-fixtures.ts';
import type { DatasetRecord } from '../types.ts';
import {
  archiveSnapshot,
  createSnapshot,
  deleteSnapshot,
  pendingStep,
  revertToSnapshot,
  simulateEdits,
  snapshotsOf,
  unarchiveSnapshot,
} from './snapshots.ts';

// Whatever people do to a dataset and its snapshots, the history stays a possible one: each
// snapshot's summary is the step from the one before, and HEAD's pending changes the step from
// the last one, with no count below zero or above what the samples allow.

type Op =
  | { kind: 'create' }
  | { kind: 'edit'; added: number; deleted: number; changed: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'revert'; pick: number }
  | { kind: 'archive'; pick: number };

const ops = fc.array(
  fc.oneof(
    fc.constant<Op>({ kind: 'create' }),
    fc.record({
      kind: fc.constant('edit' as const),
      added: fc.nat(60),
      // Percentages of what is possible, so every generated edit is a valid one.
      deleted: fc.integer({ min: 0, max: 100 }),
      changed: fc.integer({ min: 0, max: 100 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('revert' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('archive' as const), pick: fc.nat() }),
  ),
  { minLength: 5, maxLength: 40 },
);

function setup(): { ctx: Context; dataset: DatasetRecord } {
  const store = buildTestStore();
  const admin = store.users.find((u) => u.id === IDS.admin);
  const dataset = store.datasets.find((d) => d.id === IDS.datasetBeta);
  if (!admin || !dataset) throw new Error('test store changed');
  let clock = TEST_NOW;
  return { ctx: createContext(store, admin, () => (clock += 1000)), dataset };
}

function apply(ctx: Context, dataset: DatasetRecord, op: Op, serial: number): void {
  const history = snapshotsOf(ctx.store, dataset.id);
  const picked = history.length > 0 && 'pick' in op ? history[op.pick % history.length] : null;
  switch (op.kind) {
    case 'create':
      createSnapshot(ctx, dataset, `s${serial}`, null);
      return;
    case 'edit': {
      const deleted = Math.floor((op.deleted / 100) * dataset.samplesCount);
      const changed = Math.floor((op.changed / 100) * (dataset.samplesCount - deleted));
      if (op.added + deleted + changed > 0)
        simulateEdits(ctx, dataset, { ...op, deleted, changed });
      return;
    }
    case 'delete':
      if (picked) deleteSnapshot(ctx, dataset, picked.name);
      return;
    case 'revert':
      if (picked) {
        if (picked.archivedAt !== null) unarchiveSnapshot(ctx, dataset, picked.name);
        revertToSnapshot(ctx, dataset, picked.name);
      }
      return;
    case 'archive':
      if (picked?.archivedAt === null) archiveSnapshot(ctx, dataset, picked.name);
      else if (picked) unarchiveSnapshot(ctx, dataset, picked.name);
      return;
  }
}

function expectPossibleHistory(ctx: Context, dataset: DatasetRecord): void {
  const history = snapshotsOf(ctx.store, dataset.id);
  const steps = [
    ...history.map((s) => s.linearChangeSummary),
    // Without a snapshot, HEAD is a first step: every sample added.
    pendingStep(ctx.store, dataset),
  ];
  let previous = 0;
  steps.forEach((step, index) => {
    if (!step) throw new Error('a snapshot lost its summary');
    const { numSamplesAdded: added, numSamplesDeleted: deleted, numSamplesChanged: changed } = step;
    if (index === 0) expect({ deleted, changed }).toEqual({ deleted: 0, changed: 0 });
    expect(added).toBeGreaterThanOrEqual(0);
    expect(deleted).toBeGreaterThanOrEqual(0);
    expect(deleted).toBeLessThanOrEqual(previous);
    expect(changed).toBeGreaterThanOrEqual(0);
    expect(changed).toBeLessThanOrEqual(previous - deleted);
    expect(step.totalSamples).toBe(previous + added - deleted);
    previous = step.totalSamples;
  });
  expect(previous).toBe(dataset.samplesCount);
  expect(new Set(history.map((s) => s.name)).size).toBe(history.length);
}

describe('snapshot history', () => {
  it('stays consistent under any sequence of creates, edits, deletes, reverts and archives', () => {
    fc.assert(
      fc.property(ops, (sequence) => {
        const { ctx, dataset } = setup();
        sequence.forEach((op, serial) => {
          apply(ctx, dataset, op, serial);
          expectPossibleHistory(ctx, dataset);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reverting to a snapshot brings back exactly its samples, whatever happened since', () => {
    fc.assert(
      fc.property(ops, fc.nat(), (sequence, pick) => {
        const { ctx, dataset } = setup();
        createSnapshot(ctx, dataset, 'base', null);
        sequence.forEach((op, serial) => apply(ctx, dataset, op, serial));
        const history = snapshotsOf(ctx.store, dataset.id);
        const target = history[pick % history.length];
        if (!target) return;
        if (target.archivedAt !== null) unarchiveSnapshot(ctx, dataset, target.name);
        revertToSnapshot(ctx, dataset, target.name);
        expect(dataset.samplesCount).toBe(target.linearChangeSummary?.totalSamples);
        expect(snapshotsOf(ctx.store, dataset.id).at(-1)).toBe(target);
        expect(pendingStep(ctx.store, dataset)).toMatchObject({
          numSamplesAdded: 0,
          numSamplesDeleted: 0,
          numSamplesChanged: 0,
        });
      }),
      { numRuns: 200 },
    );
  });
});
