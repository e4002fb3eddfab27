import { LIMITS } from '../../../src/lib/limits.ts';
import { requireWithin } from '../rules/limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { findDataset, findGroup, findUser, userOrPlaceholder } from '../lookup.ts';
import { connection, page, takeFirst } from '../paging.ts';
import {
  pinnedAt,
  queryDatasets,
  queryDatasetUsers,
  type DatasetQueryArgs,
  type DatasetUserQueryArgs,
} from '../queries/datasets.ts';
import {
  queryDatasetGroups,
  type DatasetGroupGrant,
  type DatasetGroupQueryArgs,
} from '../queries/groups.ts';
import type { UserSearch } from '../queries/users.ts';
import { effectivePermission, invitationRoleFor, userGrant } from '../rules/dataset-access.ts';
import {
  requireAdmin,
  requireDatasetManager,
  requireSelfOrAdmin,
  requireWithinRoleCap,
} from '../rules/permissions.ts';
import { requireSeat } from '../rules/seats.ts';
import type {
  DatasetPermission,
  DatasetRecord,
  GroupRecord,
  Role,
  Store,
  UserRecord,
} from '../types.ts';
import type { ResolverMap } from '../schema.ts';
import { membersOf, requireGroup } from './groups.ts';
import { createInvitation, EMAIL_PATTERN, pendingInvitationTo } from './invitations.ts';

// Datasets and who may do what on them (fiftyone-api.md §3.6, §6.4, §14): the root listings,
// a dataset's people and groups, and the grants. The rule itself is rules/dataset-access.ts;
// snapshots and latest changes are resolvers/snapshots.ts.

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

/** A group's grant on a dataset, as the `DatasetUserGroup` type shows it. */
interface DatasetGroupView {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
  description: string | null;
  permission: DatasetPermission;
  group: GroupRecord;
  onDataset: DatasetRecord;
}

function datasetGroup(dataset: DatasetRecord, grant: DatasetGroupGrant): DatasetGroupView {
  const { group, permission } = grant;
  return {
    id: group.id,
    name: group.name,
    slug: group.slug,
    createdAt: group.createdAt,
    description: group.description,
    permission,
    group,
    onDataset: dataset,
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

/**
 * The dataset a mutation names, which the viewer must manage. A dataset the viewer cannot see
 * is "not found", exactly like one that does not exist: a refusal never reveals it.
 */
function managedDataset(ctx: Context, identifier: string, action: string): DatasetRecord {
  const dataset =
    visibleDataset(ctx, identifier) ?? fail('NOT_FOUND', `Dataset not found: ${identifier}`);
  requireDatasetManager(ctx, dataset, action);
  return dataset;
}

function withoutKey<V>(record: Record<string, V>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

interface UserGrantArgs {
  datasetIdentifier: string;
  permission: DatasetPermission;
  userId: string | null;
  email: string | null;
  role: Role | null;
}

/**
 * Invite-by-grant (fiftyone-api.md §14): an e-mail that is no user is invited, and the grant
 * applies when the invitation is accepted. A pending invitation to the address gets the grant
 * added instead of a second invitation.
 */
function grantByInvitation(
  ctx: Context,
  dataset: DatasetRecord,
  email: string,
  args: UserGrantArgs,
) {
  requireWithin('email', email, LIMITS.email);
  if (!EMAIL_PATTERN.test(email)) fail('BAD_USER_INPUT', `Invalid email address: ${email}`);
  if (args.permission === 'NO_ACCESS') {
    fail('BAD_USER_INPUT', `Choose a permission to invite ${email} with`);
  }
  if (args.role === 'ADMIN') requireAdmin(ctx, 'invite admins');
  const pending = pendingInvitationTo(ctx, email);
  const role = pending?.role ?? args.role ?? invitationRoleFor(args.permission);
  requireWithinRoleCap(`${email} (invited as a ${role.toLowerCase()})`, role, args.permission);
  if (pending) {
    pending.datasetGrants = [
      ...pending.datasetGrants.filter((grant) => grant.datasetId !== dataset.id),
      { datasetId: dataset.id, permission: args.permission },
    ];
    return;
  }
  requireSeat(ctx, role);
  createInvitation(ctx, email, role, [{ datasetId: dataset.id, permission: args.permission }]);
}

/** The user a grant mutation names by `userId` (id or e-mail) or `email`. */
function grantTarget(
  ctx: Context,
  args: { userId: string | null; email: string | null },
): { user: UserRecord } | { email: string } {
  const named = args.userId ?? args.email;
  if (named === null || named.trim() === '') {
    fail('BAD_USER_INPUT', 'Name the person: give a userId or an email');
  }
  const user = findUser(ctx.store, named);
  if (user) return { user };
  if (EMAIL_PATTERN.test(named)) return { email: named };
  return fail('NOT_FOUND', `User not found: ${named}`);
}

interface MemberArgs {
  search: UserSearch | null;
}

const SEE_ACCESS = 'see who else has access to it';

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
  Mutation: {
    setDatasetDefaultPermission: (
      _: unknown,
      args: { datasetIdentifier: string; permission: DatasetPermission },
      ctx: Context,
    ) => {
      const dataset = managedDataset(ctx, args.datasetIdentifier, 'change its default access');
      dataset.defaultPermission = args.permission;
      return dataset;
    },
    // NO_ACCESS removes the person's own grant (it could never lower their access anyway).
    setDatasetUserPermission: (_: unknown, args: UserGrantArgs, ctx: Context) => {
      const dataset = managedDataset(ctx, args.datasetIdentifier, 'change who can access it');
      const target = grantTarget(ctx, args);
      if ('email' in target) {
        grantByInvitation(ctx, dataset, target.email, args);
        return dataset;
      }
      const { user } = target;
      if (args.permission === 'NO_ACCESS') {
        dataset.userGrants = withoutKey(dataset.userGrants, user.id);
        return dataset;
      }
      requireWithinRoleCap(user.name, user.role, args.permission);
      dataset.userGrants = { ...dataset.userGrants, [user.id]: args.permission };
      return dataset;
    },
    removeDatasetUserPermission: (
      _: unknown,
      args: { datasetIdentifier: string; userId: string | null; email: string | null },
      ctx: Context,
    ) => {
      const dataset = managedDataset(ctx, args.datasetIdentifier, 'change who can access it');
      const target = grantTarget(ctx, args);
      if ('email' in target) {
        // An invitation's grant on this dataset is withdrawn; the invitation itself stays.
        const pending = pendingInvitationTo(ctx, target.email);
        const granted = pending?.datasetGrants.some((grant) => grant.datasetId === dataset.id);
        if (!pending || !granted) {
          fail('NOT_FOUND', `${target.email} has no access of their own to ${dataset.name}`);
        }
        pending.datasetGrants = pending.datasetGrants.filter((g) => g.datasetId !== dataset.id);
        return dataset;
      }
      const { user } = target;
      if (!userGrant(dataset, user.id)) {
        fail('NOT_FOUND', `${user.name} has no access of their own to ${dataset.name}`);
      }
      dataset.userGrants = withoutKey(dataset.userGrants, user.id);
      return dataset;
    },
    // A group's grant is not capped when it is set: each member gets it capped by their role.
    setDatasetUserGroupPermission: (
      _: unknown,
      args: {
        datasetIdentifier: string;
        permission: DatasetPermission;
        userGroupIdentifier: string;
      },
      ctx: Context,
    ) => {
      const dataset = managedDataset(ctx, args.datasetIdentifier, 'change who can access it');
      const group = requireGroup(ctx.store, args.userGroupIdentifier);
      dataset.groupGrants =
        args.permission === 'NO_ACCESS'
          ? withoutKey(dataset.groupGrants, group.id)
          : { ...dataset.groupGrants, [group.id]: args.permission };
      return dataset;
    },
    removeDatasetUserGroupPermission: (
      _: unknown,
      args: { datasetIdentifier: string; userGroupIdentifier: string },
      ctx: Context,
    ) => {
      const dataset = managedDataset(ctx, args.datasetIdentifier, 'change who can access it');
      const group = requireGroup(ctx.store, args.userGroupIdentifier);
      if (!Object.hasOwn(dataset.groupGrants, group.id)) {
        fail('NOT_FOUND', `The group ${group.name} has no access to ${dataset.name}`);
      }
      dataset.groupGrants = withoutKey(dataset.groupGrants, group.id);
      return dataset;
    },
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
    // The people with a grant of their own (fiftyone-api.md §14).
    users: (
      dataset: DatasetRecord,
      args: DatasetUserQueryArgs & { first: number },
      ctx: Context,
    ) => {
      requireDatasetManager(ctx, dataset, SEE_ACCESS);
      const users = takeFirst(queryDatasetUsers(ctx.store, dataset, args), args.first);
      return users.map((user) => datasetUser(ctx.store, user, dataset));
    },
    usersConnection: (
      dataset: DatasetRecord,
      args: DatasetUserQueryArgs & { first: number; after: string | null },
      ctx: Context,
    ) => {
      requireDatasetManager(ctx, dataset, SEE_ACCESS);
      const views = queryDatasetUsers(ctx.store, dataset, args).map((user) =>
        datasetUser(ctx.store, user, dataset),
      );
      return connection(views, args.first, args.after);
    },
    usersCount: (dataset: DatasetRecord, args: DatasetUserQueryArgs, ctx: Context) => {
      requireDatasetManager(ctx, dataset, SEE_ACCESS);
      return queryDatasetUsers(ctx.store, dataset, args).length;
    },
    // A group with its grant here; null when the group is unknown or has no grant here.
    userGroup: (dataset: DatasetRecord, args: { identifier: string }, ctx: Context) => {
      requireDatasetManager(ctx, dataset, SEE_ACCESS);
      const group = findGroup(ctx.store, args.identifier);
      const permission = group ? dataset.groupGrants[group.id] : undefined;
      return group && permission ? datasetGroup(dataset, { group, permission }) : null;
    },
    userGroups: (
      dataset: DatasetRecord,
      args: DatasetGroupQueryArgs & { first: number },
      ctx: Context,
    ) => {
      requireDatasetManager(ctx, dataset, SEE_ACCESS);
      const grants = takeFirst(queryDatasetGroups(ctx.store, dataset, args), args.first);
      return grants.map((grant) => datasetGroup(dataset, grant));
    },
    userGroupsCount: (dataset: DatasetRecord, args: DatasetGroupQueryArgs, ctx: Context) => {
      requireDatasetManager(ctx, dataset, SEE_ACCESS);
      return queryDatasetGroups(ctx.store, dataset, args).length;
    },
  },
  DatasetUserGroup: {
    createdBy: (view: DatasetGroupView, _args: unknown, ctx: Context) =>
      userOrPlaceholder(ctx.store, view.group.createdById),
    users: (view: DatasetGroupView, args: MemberArgs & { first: number }, ctx: Context) =>
      takeFirst(membersOf(ctx.store, view.group, args.search), args.first),
    usersCount: (view: DatasetGroupView, args: MemberArgs, ctx: Context) =>
      membersOf(ctx.store, view.group, args.search).length,
    // The dataset the grant is on, or (with an identifier) another dataset the viewer can see.
    dataset: (view: DatasetGroupView, args: { identifier: string | null }, ctx: Context) =>
      args.identifier === null ? view.onDataset : visibleDataset(ctx, args.identifier),
  },
};
