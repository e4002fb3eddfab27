import { LIMITS } from '../../../src/lib/limits.ts';
import { requireWithin } from '../rules/limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { findGroup, findUser, requireUser, userOrPlaceholder } from '../lookup.ts';
import { connection, page, takeFirst } from '../paging.ts';
import { memberRecords, queryGroups, type GroupQueryArgs } from '../queries/groups.ts';
import { queryUsers, type UserSearch } from '../queries/users.ts';
import { requireAdmin, requireSelfOrAdmin } from '../rules/permissions.ts';
import { slugify } from '../seed/context.ts';
import type { GroupRecord, Store, UserRecord } from '../types.ts';
import type { ResolverMap } from '../schema.ts';

// User groups (fiftyone-api.md §3.7, §14): every root field and mutation is admin only; a group
// is named by its id, name or slug; names are unique (letter case aside); only existing users
// can be members. `User.userGroup*` lets anyone read their own groups.

function groupsOf(user: UserRecord, args: GroupQueryArgs, ctx: Context): GroupRecord[] {
  requireSelfOrAdmin(ctx, user, "see other users' groups");
  const mine = ctx.store.groups.filter((group) => group.memberIds.includes(user.id));
  return queryGroups(ctx.store, mine, args);
}

export function membersOf(
  store: Store,
  group: GroupRecord,
  search: UserSearch | null,
): UserRecord[] {
  return queryUsers(memberRecords(store, group), { search });
}

function listGroups(ctx: Context, args: GroupQueryArgs): GroupRecord[] {
  requireAdmin(ctx, 'list user groups');
  return queryGroups(ctx.store, ctx.store.groups, args);
}

export function requireGroup(store: Store, identifier: string): GroupRecord {
  return findGroup(store, identifier) ?? fail('NOT_FOUND', `User group not found: ${identifier}`);
}

/** A description within the limit. */
function within(description: string): string {
  requireWithin('description', description, LIMITS.groupDescription);
  return description;
}

/** A trimmed, non-blank name no other group has (letter case aside). */
function checkName(store: Store, name: string, except: GroupRecord | null): string {
  const trimmed = name.trim();
  if (trimmed === '') fail('BAD_USER_INPUT', 'A group needs a name');
  requireWithin('name', trimmed, LIMITS.groupName);
  const lower = trimmed.toLowerCase();
  if (store.groups.some((g) => g !== except && g.name.toLowerCase() === lower)) {
    fail('CONFLICT', `A group named ${trimmed} already exists`);
  }
  return trimmed;
}

/** The group's slug: the kebab-case name, made unique with a number when another group has it. */
function uniqueSlug(store: Store, name: string, except: GroupRecord | null): string {
  const base = slugify(name) || 'group';
  const taken = (slug: string) => store.groups.some((g) => g !== except && g.slug === slug);
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Every named user, or NOT_FOUND naming the first unknown one (nothing changes then). */
function requireUsers(store: Store, ids: readonly string[]): UserRecord[] {
  return ids.map((id) => requireUser(store, id));
}

interface MemberArgs {
  search: UserSearch | null;
}

export const groupResolvers: ResolverMap = {
  Query: {
    userGroup: (_: unknown, args: { identifier: string }, ctx: Context) => {
      requireAdmin(ctx, 'look up user groups');
      return findGroup(ctx.store, args.identifier) ?? null;
    },
    userGroups: (_: unknown, args: GroupQueryArgs & { first: number }, ctx: Context) =>
      takeFirst(listGroups(ctx, args), args.first),
    userGroupsConnection: (
      _: unknown,
      args: GroupQueryArgs & { first: number; after: string | null },
      ctx: Context,
    ) => connection(listGroups(ctx, args), args.first, args.after),
    userGroupsCount: (_: unknown, _args: unknown, ctx: Context) => listGroups(ctx, {}).length,
    userGroupsPage: (
      _: unknown,
      args: GroupQueryArgs & { pageSize: number; page: number },
      ctx: Context,
    ) => page(listGroups(ctx, args), args.pageSize, args.page),
  },
  Mutation: {
    createUserGroup: (
      _: unknown,
      args: { name: string; description: string | null },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'create user groups');
      const name = checkName(ctx.store, args.name, null);
      const group: GroupRecord = {
        id: ctx.nextId(),
        name,
        slug: uniqueSlug(ctx.store, name, null),
        description: args.description?.trim() ? within(args.description.trim()) : null,
        createdAt: ctx.nowIso(),
        createdById: ctx.viewer.id,
        memberIds: [],
      };
      ctx.store.groups.push(group);
      return group;
    },
    // Null leaves a field unchanged; an empty description clears it (fiftyone-api.md §14).
    updateUserGroupInfo: (
      _: unknown,
      args: { identifier: string; name?: string | null; description?: string | null },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'edit user groups');
      const group = requireGroup(ctx.store, args.identifier);
      if (args.name != null) {
        const name = checkName(ctx.store, args.name, group);
        if (name !== group.name) {
          group.name = name;
          group.slug = uniqueSlug(ctx.store, name, group);
        }
      }
      if (args.description != null) {
        group.description = args.description.trim() === '' ? null : within(args.description.trim());
      }
      return group;
    },
    deleteUserGroup: (_: unknown, args: { userGroupIdentifier: string }, ctx: Context) => {
      requireAdmin(ctx, 'delete user groups');
      const group = requireGroup(ctx.store, args.userGroupIdentifier);
      ctx.store.groups = ctx.store.groups.filter((g) => g.id !== group.id);
      // Its dataset grants go with it.
      for (const dataset of ctx.store.datasets) {
        if (Object.hasOwn(dataset.groupGrants, group.id)) {
          dataset.groupGrants = Object.fromEntries(
            Object.entries(dataset.groupGrants).filter(([id]) => id !== group.id),
          );
        }
      }
      return null;
    },
    addUserGroupUsers: (
      _: unknown,
      args: { userGroupIdentifier: string; userIds: string[] },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'change group members');
      const group = requireGroup(ctx.store, args.userGroupIdentifier);
      for (const user of requireUsers(ctx.store, args.userIds)) {
        if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
      }
      return group;
    },
    // Removing someone who is not a member changes nothing (the SDK may resend after a failure).
    removeUserGroupUsers: (
      _: unknown,
      args: { userGroupIdentifier: string; userIds: string[] },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'change group members');
      const group = requireGroup(ctx.store, args.userGroupIdentifier);
      const leaving = new Set(requireUsers(ctx.store, args.userIds).map((user) => user.id));
      group.memberIds = group.memberIds.filter((id) => !leaving.has(id));
      return group;
    },
  },
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
      takeFirst(membersOf(ctx.store, group, args.search), args.first),
    usersConnection: (
      group: GroupRecord,
      args: MemberArgs & { first: number; after: string | null },
      ctx: Context,
    ) => connection(membersOf(ctx.store, group, args.search), args.first, args.after),
    usersPage: (
      group: GroupRecord,
      args: MemberArgs & { pageSize: number; page: number },
      ctx: Context,
    ) => page(membersOf(ctx.store, group, args.search), args.pageSize, args.page),
    // Counted without sorting them.
    usersCount: (group: GroupRecord, args: MemberArgs, ctx: Context) =>
      args.search
        ? membersOf(ctx.store, group, args.search).length
        : memberRecords(ctx.store, group).length,
  },
};
