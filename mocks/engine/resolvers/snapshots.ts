import type { Context } from '../context.ts';
import { connection, page, takeFirst } from '../paging.ts';
import {
  archiveSnapshot,
  calculateLatestChanges,
  createSnapshot,
  deleteSnapshot,
  findSnapshot,
  loadSnapshot,
  offloadSnapshot,
  requireVisibleDataset,
  revertToSnapshot,
  simulateEdits,
  snapshotsOf,
  unarchiveSnapshot,
} from '../rules/snapshots.ts';
import type { ResolverMap } from '../schema.ts';
import type { DatasetRecord, SnapshotRecord } from '../types.ts';

// Dataset snapshots (fiftyone-api.md §3.13, §13, §14): the Dataset fields that read them, the
// DatasetSnapshot fields that are not plain record properties, and the mutations. The rules
// (who may, and what each operation does to the samples) live in rules/snapshots.ts.

interface OrderArg {
  order?: { field: 'createdAt'; direction: 'ASC' | 'DESC' } | null;
}

interface SnapshotArgs {
  datasetIdentifier: string;
  snapshotName: string;
}

function ordered(dataset: DatasetRecord, args: OrderArg, ctx: Context): SnapshotRecord[] {
  return snapshotsOf(ctx.store, dataset.id, args.order?.direction ?? 'ASC');
}

/** Runs a snapshot operation on the dataset the arguments name. */
function onDataset<T>(ctx: Context, identifier: string, run: (dataset: DatasetRecord) => T): T {
  return run(requireVisibleDataset(ctx, identifier));
}

export const snapshotResolvers: ResolverMap = {
  Dataset: {
    // The snapshot by name; null when the dataset has none of that name (the SDK returns None).
    snapshot: (dataset: DatasetRecord, args: { snapshot: string }, ctx: Context) =>
      findSnapshot(ctx.store, dataset.id, args.snapshot) ?? null,
    snapshots: (dataset: DatasetRecord, args: OrderArg & { first: number | null }, ctx: Context) =>
      takeFirst(ordered(dataset, args, ctx), args.first),
    snapshotsConnection: (
      dataset: DatasetRecord,
      args: OrderArg & { first: number; after: string | null },
      ctx: Context,
    ) => connection(ordered(dataset, args, ctx), args.first, args.after),
    snapshotsPage: (
      dataset: DatasetRecord,
      args: OrderArg & { pageSize: number; page: number },
      ctx: Context,
    ) => page(ordered(dataset, args, ctx), args.pageSize, args.page),
    // The stored summary, null before the first calculation; never recomputed on read.
    latestChanges: (dataset: DatasetRecord) => dataset.latestChanges,
  },
  DatasetSnapshot: {
    createdBy: (snapshot: SnapshotRecord, _args: unknown, ctx: Context) =>
      ctx.store.users.find((user) => user.id === snapshot.createdById) ?? null,
    dataset: (snapshot: SnapshotRecord, _args: unknown, ctx: Context) =>
      ctx.store.datasets.find((dataset) => dataset.id === snapshot.datasetId),
  },
  Mutation: {
    calculateDatasetLatestChanges: (
      _: unknown,
      args: { datasetIdentifier: string },
      ctx: Context,
    ) => onDataset(ctx, args.datasetIdentifier, (dataset) => calculateLatestChanges(ctx, dataset)),
    createDatasetSnapshot: (
      _: unknown,
      args: SnapshotArgs & { description: string | null },
      ctx: Context,
    ) =>
      onDataset(ctx, args.datasetIdentifier, (dataset) =>
        createSnapshot(ctx, dataset, args.snapshotName, args.description),
      ),
    deleteDatasetSnapshot: (_: unknown, args: SnapshotArgs, ctx: Context) => {
      onDataset(ctx, args.datasetIdentifier, (dataset) => {
        deleteSnapshot(ctx, dataset, args.snapshotName);
      });
      return null;
    },
    revertDatasetToSnapshot: (_: unknown, args: SnapshotArgs, ctx: Context) =>
      onDataset(ctx, args.datasetIdentifier, (dataset) => {
        revertToSnapshot(ctx, dataset, args.snapshotName);
        return dataset;
      }),
    loadDatasetSnapshot: (_: unknown, args: SnapshotArgs, ctx: Context) =>
      onDataset(ctx, args.datasetIdentifier, (dataset) =>
        loadSnapshot(ctx, dataset, args.snapshotName),
      ),
    offloadDatasetSnapshot: (_: unknown, args: SnapshotArgs, ctx: Context) => {
      onDataset(ctx, args.datasetIdentifier, (dataset) => {
        offloadSnapshot(ctx, dataset, args.snapshotName);
      });
      return null;
    },
    archiveDatasetSnapshot: (_: unknown, args: SnapshotArgs, ctx: Context) =>
      onDataset(ctx, args.datasetIdentifier, (dataset) =>
        archiveSnapshot(ctx, dataset, args.snapshotName),
      ),
    unarchiveDatasetSnapshot: (_: unknown, args: SnapshotArgs, ctx: Context) =>
      onDataset(ctx, args.datasetIdentifier, (dataset) =>
        unarchiveSnapshot(ctx, dataset, args.snapshotName),
      ),
    simulateDatasetEdits: (
      _: unknown,
      args: {
        datasetIdentifier: string;
        samplesAdded: number;
        samplesDeleted: number;
        samplesChanged: number;
      },
      ctx: Context,
    ) =>
      onDataset(ctx, args.datasetIdentifier, (dataset) => {
        simulateEdits(ctx, dataset, {
          added: args.samplesAdded,
          deleted: args.samplesDeleted,
          changed: args.samplesChanged,
        });
        return dataset;
      }),
  },
};
