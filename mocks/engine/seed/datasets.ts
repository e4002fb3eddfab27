import { DAY_MS } from '../time.ts';
import type {
  ChangeSummaryRecord,
  DatasetPermission,
  DatasetRecord,
  MediaType,
  SnapshotRecord,
} from '../types.ts';
import { slugify, type SeedContext } from './context.ts';
import { createdMsOf, type People } from './people.ts';

export interface SnapshotSpec {
  name: string;
  description: string | null;
  createdById: string;
  loaded?: boolean;
  archived?: boolean;
}

export interface DatasetSpec {
  name: string;
  description: string | null;
  mediaType: MediaType;
  samplesCount: number;
  sampleFieldsCount: number;
  tags: string[];
  defaultPermission: DatasetPermission;
  createdById: string;
  createdMs: number;
  neverLoaded?: boolean;
  /** Explicit grants besides the creator's MANAGE, by user id. */
  userGrants?: Record<string, DatasetPermission>;
  groupGrants?: Record<string, DatasetPermission>;
  pinnedBy?: string[];
  /** Oldest first. */
  snapshots?: SnapshotSpec[];
  /** Edits since the last snapshot; only for datasets with snapshots (see buildDataset). */
  pending?: { added: number; deleted: number; changed: number };
  /** Whether "latest changes" were ever calculated. */
  calculated?: boolean;
}

/**
 * A dataset and its snapshots, consistent with each other:
 * - the creator holds an explicit MANAGE grant (§14);
 * - the first snapshot counts all its samples as added, and each later one satisfies
 *   total = previous total + added − deleted;
 * - samplesCount = (last snapshot's total, or 0) + pending.added − pending.deleted. A dataset
 *   without snapshots therefore has all its samples pending as added, so the next snapshot's
 *   summary is always `pendingChanges` with `totalSamples = samplesCount`;
 * - latestChanges, when calculated, equals pendingChanges with totalSamples = samplesCount.
 */
export function buildDataset(
  ctx: SeedContext,
  people: People,
  spec: DatasetSpec,
): { dataset: DatasetRecord; snapshots: SnapshotRecord[] } {
  const { rng, now } = ctx;
  const id = ctx.newId();
  const snapshotSpecs = spec.snapshots ?? [];
  const pending =
    snapshotSpecs.length === 0
      ? { added: spec.samplesCount, deleted: 0, changed: 0 }
      : (spec.pending ?? { added: 0, deleted: 0, changed: 0 });

  // Totals from the newest snapshot back to the first.
  const totals: number[] = [];
  const summaries: Omit<ChangeSummaryRecord, 'updatedAt'>[] = [];
  let total = spec.samplesCount - pending.added + pending.deleted;
  for (let i = snapshotSpecs.length - 1; i >= 0; i--) {
    totals.unshift(total);
    if (i === 0) {
      summaries.unshift({
        numSamplesAdded: total,
        numSamplesDeleted: 0,
        numSamplesChanged: 0,
        totalSamples: total,
      });
    } else {
      const added = rng.int(0, Math.floor(total * 0.25));
      const deleted = rng.int(0, Math.floor(total * 0.05));
      const previous = total - added + deleted;
      summaries.unshift({
        numSamplesAdded: added,
        numSamplesDeleted: deleted,
        numSamplesChanged: rng.int(0, Math.floor(previous * 0.3)),
        totalSamples: total,
      });
      total = previous;
    }
  }

  // Snapshot times: increasing, after the dataset's creation (and after every author joined),
  // before yesterday.
  const earliest = snapshotSpecs.reduce(
    (ms, snap) => Math.max(ms, createdMsOf(people, snap.createdById)),
    spec.createdMs,
  );
  const times = snapshotSpecs
    .map(() => ctx.between(earliest + DAY_MS, now - DAY_MS))
    .sort((a, b) => a - b);
  const snapshots = snapshotSpecs.map((snap, i): SnapshotRecord => {
    const createdMs = times[i] ?? now;
    const summary = summaries[i];
    return {
      id: ctx.newId(),
      datasetId: id,
      name: snap.name,
      slug: slugify(snap.name),
      description: snap.description,
      createdAt: ctx.iso(createdMs),
      createdById: snap.createdById,
      loadStatus: snap.loaded === true ? 'LOADED' : 'UNLOADED',
      archivedAt: snap.archived === true ? ctx.iso(ctx.between(createdMs, now)) : null,
      linearChangeSummary: summary ? { ...summary, updatedAt: ctx.iso(createdMs) } : null,
    };
  });

  const lastChangeMs = times[times.length - 1] ?? spec.createdMs;
  const pins: Record<string, string> = {};
  for (const userId of spec.pinnedBy ?? []) {
    const from = Math.max(spec.createdMs, createdMsOf(people, userId));
    pins[userId] = ctx.iso(ctx.between(from, now));
  }

  const dataset: DatasetRecord = {
    id,
    name: spec.name,
    slug: slugify(spec.name),
    description: spec.description,
    createdAt: ctx.iso(spec.createdMs),
    createdById: spec.createdById,
    lastLoadedAt: spec.neverLoaded === true ? null : ctx.iso(ctx.between(spec.createdMs, now)),
    mediaType: spec.mediaType,
    samplesCount: spec.samplesCount,
    sampleFieldsCount: spec.sampleFieldsCount,
    tags: spec.tags,
    defaultPermission: spec.defaultPermission,
    userGrants: { ...spec.userGrants, [spec.createdById]: 'MANAGE' },
    groupGrants: { ...spec.groupGrants },
    pins,
    pendingChanges: pending,
    latestChanges:
      spec.calculated === true
        ? {
            numSamplesAdded: pending.added,
            numSamplesDeleted: pending.deleted,
            numSamplesChanged: pending.changed,
            totalSamples: spec.samplesCount,
            updatedAt: ctx.iso(ctx.between(lastChangeMs, now)),
          }
        : null,
  };
  return { dataset, snapshots };
}
