import type { Context } from '../context.ts';
import { findGroup, findUser, userOrPlaceholder } from '../lookup.ts';
import { connection, page, takeFirst } from '../paging.ts';
import { queryGroups, type GroupQueryArgs } from '../queries/groups.ts';
import { queryUsers, type UserSearch } from '../queries/users.ts';
import { requireSelfOrAdmin } from '../rules/permissions.ts';
import type { GroupRecord, UserRecord } from '../types.ts';
import type { ResolverMap } from '../schema.ts';

// The groups a user belongs to (User.userGroup*) and the UserGroup fields. The groups area
// (root queries and mutations) comes with issue 3.

function groupsOf(user: UserRecord, args: GroupQueryArgs, ctx: Context): GroupRecord[] {
  requireSelfOrAdmin(ctx, user, "see other users' groups");
  const mine = ctx.store.groups.filter((group) => group.memberIds.includes(user.id));
  return queryGroups(ctx.store, mine, args);
}

function membersOf(group: GroupRecord, search: UserSearch | null, ctx: Context): UserRecord[] {
  const members = ctx.store.users.filter((user) => group.memberIds.includes(user.id));
  return queryUsers(members, { search });
}

interface MemberArgs {
  search: UserSearch | null;
}

export const groupResolvers: ResolverMap = {
  User: {
    userGroup: (user: UserRecord, args: { identifier: string }, ctx: Context) => {
      requireSelfOrAdmin(ctx, user, "see other users' groups");
      const group = findGroup(ctx.store, args.identifier);
      return group?.memberIds.includes(user.id) ? group : null;
    },
    userGroups: (user: UserRecord, args: GroupQueryArgs & { first: number }, ctx: Context) =>
      takeFirst(groupsOf(user, args, ctx), args.first),
    userGroupsConnection: (
      user: UserRecord,
      args: GroupQueryArgs & { first: number; after: string | null },
      ctx: Context,
    ) => connection(groupsOf(user, args, ctx), args.first, args.after),
    userGroupsCount: (user: UserRecord, _args: unknown, ctx: Context) =>
      groupsOf(user, {}, ctx).length,
    userGroupsPage: (
      user: UserRecord,
      args: GroupQueryArgs & { pageSize: number; page: number },
      ctx: Context,
    ) => page(groupsOf(user, args, ctx), args.pageSize, args.page),
  },
  UserGroup: {
    createdBy: (group: GroupRecord, _args: unknown, ctx: Context) =>
      userOrPlaceholder(ctx.store, group.createdById),
    user: (group: GroupRecord, args: { id: string }, ctx: Context) => {
      const user = findUser(ctx.store, args.id);
      return user && group.memberIds.includes(user.id) ? user : null;
    },
    users: (group: GroupRecord, args: MemberArgs & { first: number }, ctx: Context) =>
      takeFirst(membersOf(group, args.search, ctx), args.first),
    usersConnection: (
      group: GroupRecord,
      args: MemberArgs & { first: number; after: string | null },
      ctx: Context,
    ) => connection(membersOf(group, args.search, ctx), args.first, args.after),
    usersPage: (
      group: GroupRecord,
      args: MemberArgs & { pageSize: number; page: number },
      ctx: Context,
    ) => page(membersOf(group, args.search, ctx), args.pageSize, args.page),
    usersCount: (group: GroupRecord, args: MemberArgs, ctx: Context) =>
      membersOf(group, args.search, ctx).length,
  },
};
