import { LIMITS } from '../../../src/lib/limits.ts';
import { requireWithin } from './limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { findDataset } from '../lookup.ts';
import { slugify } from '../seed/context.ts';
import type { ChangeSummaryRecord, DatasetRecord, SnapshotRecord, Store } from '../types.ts';
import { effectivePermission, permissionRank } from './dataset-access.ts';
import { requireDatasetManager } from './permissions.ts';

// Dataset versioning (fiftyone-api.md §3.13, §14 "Snapshots"). The mock has no sample ids, so a
// dataset's samples are counts, kept consistent with its snapshots (seed/datasets.ts):
// - each snapshot's linearChangeSummary is the step from the snapshot before it; the first one
//   counts every sample as added;
// - `pendingChanges` is the step from the last snapshot to HEAD, so
//   samplesCount = (last snapshot's total, or 0) + pending.added − pending.deleted;
// - `latestChanges` is a cache of that step, written only by calculating (or reset to zero by
//   creating and reverting, which make HEAD equal a snapshot).

export const SNAPSHOT_NAME_MAX = LIMITS.snapshotName;

type Step = Omit<ChangeSummaryRecord, 'updatedAt'>;

/** The dataset a mutation names: unknown and invisible read the same, so nothing leaks. */
export function requireVisibleDataset(ctx: Context, identifier: string): DatasetRecord {
  const dataset = findDataset(ctx.store, identifier);
  if (!dataset || effectivePermission(ctx.store, ctx.viewer, dataset) === 'NO_ACCESS') {
    return fail('NOT_FOUND', `Dataset not found: ${identifier}`);
  }
  return dataset;
}

/** The dataset's snapshots in creation order (ties keep the order they were stored in). */
export function snapshotsOf(
  store: Store,
  datasetId: string,
  direction: 'ASC' | 'DESC' = 'ASC',
): SnapshotRecord[] {
  const ordered = store.snapshots
    .filter((snapshot) => snapshot.datasetId === datasetId)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return direction === 'DESC' ? ordered.reverse() : ordered;
}

export function findSnapshot(
  store: Store,
  datasetId: string,
  name: string,
): SnapshotRecord | undefined {
  return store.snapshots.find((s) => s.datasetId === datasetId && s.name === name);
}

export function requireSnapshot(
  store: Store,
  dataset: DatasetRecord,
  name: string,
): SnapshotRecord {
  return (
    findSnapshot(store, dataset.id, name) ??
    fail('NOT_FOUND', `Snapshot not found: ${name} (in dataset ${dataset.name})`)
  );
}

/** Total samples at a step's start. */
function startOf(step: Step): number {
  return step.totalSamples - step.numSamplesAdded + step.numSamplesDeleted;
}

/**
 * Two consecutive steps as one (T0→T1 then T1→T2 as T0→T2). Without sample ids, deletions are
 * taken from the samples that existed at T0 first and changes only count for those that survive,
 * so `total = start + added − deleted` holds and no count exceeds what it could be.
 */
export function composeSteps(first: Step, second: Step): Step {
  const start = startOf(first);
  const deleted = Math.min(first.numSamplesDeleted + second.numSamplesDeleted, start);
  return {
    numSamplesAdded: second.totalSamples - start + deleted,
    numSamplesDeleted: deleted,
    numSamplesChanged: Math.min(
      first.numSamplesChanged + second.numSamplesChanged,
      start - deleted,
    ),
    totalSamples: second.totalSamples,
  };
}

function stepOf(summary: ChangeSummaryRecord | null, fallbackTotal: number): Step {
  return summary
    ? {
        numSamplesAdded: summary.numSamplesAdded,
        numSamplesDeleted: summary.numSamplesDeleted,
        numSamplesChanged: summary.numSamplesChanged,
        totalSamples: summary.totalSamples,
      }
    : {
        numSamplesAdded: fallbackTotal,
        numSamplesDeleted: 0,
        numSamplesChanged: 0,
        totalSamples: fallbackTotal,
      };
}

/**
 * The edits since the last snapshot. Without a snapshot every sample is new (whatever a store
 * built by hand says), so the first snapshot counts every sample as added (§14).
 */
function pendingOf(store: Store, dataset: DatasetRecord): DatasetRecord['pendingChanges'] {
  return store.snapshots.some((s) => s.datasetId === dataset.id)
    ? dataset.pendingChanges
    : { added: dataset.samplesCount, deleted: 0, changed: 0 };
}

/** HEAD against the last snapshot, as `calculateDatasetLatestChanges` reports it. */
export function pendingStep(store: Store, dataset: DatasetRecord): Step {
  const pending = pendingOf(store, dataset);
  return {
    numSamplesAdded: pending.added,
    numSamplesDeleted: pending.deleted,
    numSamplesChanged: pending.changed,
    totalSamples: dataset.samplesCount,
  };
}

function zeroSummary(total: number, updatedAt: string): ChangeSummaryRecord {
  return {
    numSamplesAdded: 0,
    numSamplesDeleted: 0,
    numSamplesChanged: 0,
    totalSamples: total,
    updatedAt,
  };
}

export function calculateLatestChanges(ctx: Context, dataset: DatasetRecord): ChangeSummaryRecord {
  dataset.latestChanges = { ...pendingStep(ctx.store, dataset), updatedAt: ctx.nowIso() };
  return dataset.latestChanges;
}

export function createSnapshot(
  ctx: Context,
  dataset: DatasetRecord,
  name: string,
  description: string | null,
): SnapshotRecord {
  requireDatasetManager(ctx, dataset, 'create snapshots of it');
  if (name.trim() === '') fail('BAD_USER_INPUT', 'A snapshot needs a name');
  if (name.length > SNAPSHOT_NAME_MAX) {
    fail('BAD_USER_INPUT', `A snapshot name has at most ${SNAPSHOT_NAME_MAX} characters`);
  }
  requireWithin('description', description?.trim(), LIMITS.snapshotDescription);
  if (findSnapshot(ctx.store, dataset.id, name)) {
    fail('CONFLICT', `Dataset ${dataset.name} already has a snapshot named ${name}`);
  }
  const now = ctx.nowIso();
  const snapshot: SnapshotRecord = {
    id: ctx.nextId(),
    datasetId: dataset.id,
    name,
    slug: slugify(name),
    description: description === null || description.trim() === '' ? null : description,
    createdAt: now,
    createdById: ctx.viewer.id,
    loadStatus: 'UNLOADED',
    archivedAt: null,
    linearChangeSummary: { ...pendingStep(ctx.store, dataset), updatedAt: now },
  };
  ctx.store.snapshots.push(snapshot);
  dataset.pendingChanges = { added: 0, deleted: 0, changed: 0 };
  dataset.latestChanges = zeroSummary(dataset.samplesCount, now);
  return snapshot;
}

/**
 * Deletes one snapshot; the next one's summary becomes the step from the one before (or, for a
 * new first snapshot, every sample added). Deleting the last one folds its step into HEAD's
 * pending changes. The cached latest changes stay as they were, until recalculated.
 */
export function deleteSnapshot(ctx: Context, dataset: DatasetRecord, name: string): void {
  requireDatasetManager(ctx, dataset, 'delete its snapshots');
  const snapshot = requireSnapshot(ctx.store, dataset, name);
  const ordered = snapshotsOf(ctx.store, dataset.id);
  const index = ordered.indexOf(snapshot);
  const previous = index > 0 ? ordered[index - 1] : undefined;
  const next = ordered[index + 1];
  const removed = stepOf(snapshot.linearChangeSummary, 0);
  if (next) {
    const nextStep = stepOf(next.linearChangeSummary, removed.totalSamples);
    const merged = previous ? composeSteps(removed, nextStep) : stepOf(null, nextStep.totalSamples);
    next.linearChangeSummary = { ...merged, updatedAt: ctx.nowIso() };
  } else {
    const merged = previous
      ? composeSteps(removed, pendingStep(ctx.store, dataset))
      : stepOf(null, dataset.samplesCount);
    dataset.pendingChanges = {
      added: merged.numSamplesAdded,
      deleted: merged.numSamplesDeleted,
      changed: merged.numSamplesChanged,
    };
  }
  ctx.store.snapshots = ctx.store.snapshots.filter((s) => s !== snapshot);
}

/** HEAD becomes the snapshot again: later snapshots and every change since are gone. */
export function revertToSnapshot(ctx: Context, dataset: DatasetRecord, name: string): void {
  requireDatasetManager(ctx, dataset, 'revert it to a snapshot');
  const snapshot = requireSnapshot(ctx.store, dataset, name);
  if (snapshot.archivedAt !== null) {
    fail('BAD_USER_INPUT', `Snapshot ${name} is archived: unarchive it before reverting to it`);
  }
  const ordered = snapshotsOf(ctx.store, dataset.id);
  const later = new Set(ordered.slice(ordered.indexOf(snapshot) + 1));
  ctx.store.snapshots = ctx.store.snapshots.filter((s) => !later.has(s));
  const total = snapshot.linearChangeSummary?.totalSamples ?? dataset.samplesCount;
  dataset.samplesCount = total;
  dataset.pendingChanges = { added: 0, deleted: 0, changed: 0 };
  dataset.latestChanges = zeroSummary(total, ctx.nowIso());
}

export function archiveSnapshot(ctx: Context, dataset: DatasetRecord, name: string) {
  requireDatasetManager(ctx, dataset, 'archive its snapshots');
  const snapshot = requireSnapshot(ctx.store, dataset, name);
  // Archiving twice is harmless (the SDK may re-send a mutation after a timeout).
  if (snapshot.archivedAt === null) {
    snapshot.archivedAt = ctx.nowIso();
    // Archived snapshots cannot be browsed, even by someone browsing them now.
    snapshot.loadStatus = 'UNLOADED';
  }
  return snapshot;
}

export function unarchiveSnapshot(ctx: Context, dataset: DatasetRecord, name: string) {
  requireDatasetManager(ctx, dataset, 'unarchive its snapshots');
  const snapshot = requireSnapshot(ctx.store, dataset, name);
  snapshot.archivedAt = null;
  return snapshot;
}

/** Materialises a snapshot for browsing; anyone who can see the dataset may browse it. */
export function loadSnapshot(ctx: Context, dataset: DatasetRecord, name: string): string {
  const snapshot = requireSnapshot(ctx.store, dataset, name);
  if (snapshot.archivedAt !== null) {
    fail('BAD_USER_INPUT', `Snapshot ${name} is archived: unarchive it before loading it`);
  }
  snapshot.loadStatus = 'LOADED';
  return snapshot.id;
}

export function offloadSnapshot(ctx: Context, dataset: DatasetRecord, name: string): void {
  requireDatasetManager(ctx, dataset, 'offload its snapshots');
  requireSnapshot(ctx.store, dataset, name).loadStatus = 'UNLOADED';
}

export interface SimulatedEdits {
  added: number;
  deleted: number;
  changed: number;
}

/**
 * [ext] demo only: edits HEAD as the FiftyOne app would. Deletions take samples that were in the
 * last snapshot first, then newly added ones; changes count for samples of the last snapshot.
 */
export function simulateEdits(ctx: Context, dataset: DatasetRecord, edits: SimulatedEdits): void {
  if (
    permissionRank(effectivePermission(ctx.store, ctx.viewer, dataset)) < permissionRank('EDIT')
  ) {
    fail('FORBIDDEN', `Editing the samples of ${dataset.name} needs edit permission on it`);
  }
  const { added, deleted, changed } = edits;
  if (added < 0 || deleted < 0 || changed < 0) {
    fail('BAD_USER_INPUT', 'Sample counts cannot be negative');
  }
  if (added + deleted + changed === 0) fail('BAD_USER_INPUT', 'No edit to simulate');
  if (deleted > dataset.samplesCount) {
    fail(
      'BAD_USER_INPUT',
      `Cannot delete ${deleted} samples: ${dataset.name} has ${dataset.samplesCount}`,
    );
  }
  if (changed > dataset.samplesCount - deleted) {
    fail(
      'BAD_USER_INPUT',
      `Cannot change ${changed} samples: ${dataset.name} keeps ${dataset.samplesCount - deleted}`,
    );
  }
  const pending = { ...pendingOf(ctx.store, dataset) };
  const lastTotal = dataset.samplesCount - pending.added + pending.deleted;
  const fromSnapshot = Math.min(deleted, lastTotal - pending.deleted);
  pending.deleted += fromSnapshot;
  pending.added -= deleted - fromSnapshot;
  const survivors = lastTotal - pending.deleted;
  pending.changed = Math.min(pending.changed + changed, survivors);
  pending.added += added;
  dataset.pendingChanges = pending;
  dataset.samplesCount += added - deleted;
}
