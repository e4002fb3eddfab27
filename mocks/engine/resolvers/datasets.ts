import type { Context } from '../context.ts';
import { findDataset, findUser } from '../lookup.ts';
import { connection, page, takeFirst } from '../paging.ts';
import { pinnedAt, queryDatasets, type DatasetQueryArgs } from '../queries/datasets.ts';
import { effectivePermission, userGrant } from '../rules/dataset-access.ts';
import { requireDatasetManager, requireSelfOrAdmin } from '../rules/permissions.ts';
import type { DatasetPermission, DatasetRecord, Store, UserRecord } from '../types.ts';
import type { ResolverMap } from '../schema.ts';

// The datasets a user can access (User.datasets*) and the Dataset fields those lists show.
// The full datasets area (root queries, grants, snapshots) comes with issue 3.

export interface DatasetUserView {
  id: string;
  email: string;
  name: string;
  role: UserRecord['role'];
  picture: string | null;
  activePermission: DatasetPermission;
  userPermission: DatasetPermission | null;
  pinned: boolean;
  pinnedAt: string | null;
  permission: DatasetPermission;
  user: UserRecord;
}

/** A user's access to a dataset, as the `DatasetUser` type shows it. */
export function datasetUser(
  store: Store,
  user: UserRecord,
  dataset: DatasetRecord,
): DatasetUserView {
  const activePermission = effectivePermission(store, user, dataset);
  const pinned = pinnedAt(dataset, user.id);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    picture: user.picture,
    activePermission,
    userPermission: userGrant(dataset, user.id),
    pinned: pinned !== null,
    pinnedAt: pinned,
    permission: activePermission,
    user,
  };
}

function datasetsOf(user: UserRecord, args: DatasetQueryArgs, ctx: Context): DatasetRecord[] {
  requireSelfOrAdmin(ctx, user, "see other users' datasets");
  return queryDatasets(ctx.store, user, args);
}

/** `dataset(identifier:)`: name, slug or id; null when unknown or not visible to the viewer. */
export function visibleDataset(ctx: Context, identifier: string): DatasetRecord | null {
  const dataset = findDataset(ctx.store, identifier);
  if (!dataset || effectivePermission(ctx.store, ctx.viewer, dataset) === 'NO_ACCESS') return null;
  return dataset;
}

export const datasetResolvers: ResolverMap = {
  Query: {
    // datasets* list what the caller can access (fiftyone-api.md §14).
    dataset: (_: unknown, args: { identifier: string }, ctx: Context) =>
      visibleDataset(ctx, args.identifier),
    datasets: (_: unknown, args: DatasetQueryArgs & { first: number }, ctx: Context) =>
      takeFirst(queryDatasets(ctx.store, ctx.viewer, args), args.first),
    datasetsConnection: (
      _: unknown,
      args: DatasetQueryArgs & { first: number; after: string | null },
      ctx: Context,
    ) => connection(queryDatasets(ctx.store, ctx.viewer, args), args.first, args.after),
    datasetsCount: (_: unknown, args: DatasetQueryArgs, ctx: Context) =>
      queryDatasets(ctx.store, ctx.viewer, args).length,
    datasetsPage: (
      _: unknown,
      args: DatasetQueryArgs & { pageSize: number; page: number },
      ctx: Context,
    ) => page(queryDatasets(ctx.store, ctx.viewer, args), args.pageSize, args.page),
  },
  User: {
    dataset: (user: UserRecord, args: { identifier: string }, ctx: Context) => {
      requireSelfOrAdmin(ctx, user, "see other users' datasets");
      const dataset = findDataset(ctx.store, args.identifier);
      if (!dataset || effectivePermission(ctx.store, user, dataset) === 'NO_ACCESS') return null;
      return dataset;
    },
    datasets: (user: UserRecord, args: DatasetQueryArgs & { first: number }, ctx: Context) =>
      takeFirst(datasetsOf(user, args, ctx), args.first),
    datasetsConnection: (
      user: UserRecord,
      args: DatasetQueryArgs & { first: number; after: string | null },
      ctx: Context,
    ) => connection(datasetsOf(user, args, ctx), args.first, args.after),
    datasetsCount: (user: UserRecord, args: DatasetQueryArgs, ctx: Context) =>
      datasetsOf(user, args, ctx).length,
    datasetsPage: (
      user: UserRecord,
      args: DatasetQueryArgs & { pageSize: number; page: number },
      ctx: Context,
    ) => page(datasetsOf(user, args, ctx), args.pageSize, args.page),
  },
  Dataset: {
    createdBy: (dataset: DatasetRecord, _args: unknown, ctx: Context) =>
      ctx.store.users.find((user) => user.id === dataset.createdById) ?? null,
    viewer: (dataset: DatasetRecord, _args: unknown, ctx: Context) =>
      datasetUser(ctx.store, ctx.viewer, dataset),
    user: (dataset: DatasetRecord, args: { id: string }, ctx: Context) => {
      const user = findUser(ctx.store, args.id);
      if (user?.id !== ctx.viewer.id) {
        requireDatasetManager(ctx, dataset, "see other people's access to it");
      }
      if (!user) return null;
      const view = datasetUser(ctx.store, user, dataset);
      return view.activePermission === 'NO_ACCESS' ? null : view;
    },
  },
};
