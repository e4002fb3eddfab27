import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { findUser, requireUser } from '../lookup.ts';
import { connection, page, takeFirst } from '../paging.ts';
import { queryUsers, type UserOrder, type UserSearch } from '../queries/users.ts';
import { isAdmin, requireAdmin } from '../rules/permissions.ts';
import { requireSeat, seatCategory, seatUsage } from '../rules/seats.ts';
import type { Role, UserRecord } from '../types.ts';
import type { ResolverMap } from '../schema.ts';

// Users: the viewer, look-ups, the admin listings, seats, role changes and removal.

interface ListArgs {
  search: UserSearch | null;
  order: UserOrder | null;
}

function listUsers(ctx: Context, args: Partial<ListArgs>): UserRecord[] {
  requireAdmin(ctx, 'list users');
  return queryUsers(ctx.store.users, args);
}

function requireAnotherAdmin(ctx: Context, user: UserRecord, action: string): void {
  if (isAdmin(user) && ctx.store.users.filter(isAdmin).length === 1) {
    fail(
      'BAD_USER_INPUT',
      `Cannot ${action} ${user.name}: they are the only admin, and the organization must keep at least one admin`,
    );
  }
}

function withoutKey<V>(record: Record<string, V>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export const userResolvers: ResolverMap = {
  Query: {
    viewer: (_: unknown, _args: unknown, ctx: Context) => ctx.viewer,
    user: (_: unknown, args: { id: string }, ctx: Context) => {
      const found = findUser(ctx.store, args.id);
      if (found?.id === ctx.viewer.id) return found;
      requireAdmin(ctx, 'look up other users');
      return found ?? null;
    },
    users: (_: unknown, args: ListArgs & { first: number | null }, ctx: Context) =>
      takeFirst(listUsers(ctx, args), args.first),
    usersConnection: (
      _: unknown,
      args: ListArgs & { first: number | null; after: string | null },
      ctx: Context,
    ) => connection(listUsers(ctx, args), args.first, args.after),
    usersPage: (_: unknown, args: ListArgs & { pageSize: number; page: number }, ctx: Context) =>
      page(listUsers(ctx, args), args.pageSize, args.page),
    usersCount: (_: unknown, args: { search: UserSearch | null }, ctx: Context) =>
      listUsers(ctx, args).length,
    usersAudit: (_: unknown, _args: unknown, ctx: Context) => {
      requireAdmin(ctx, 'see seat usage');
      return seatUsage(ctx.store, ctx.now());
    },
  },
  Mutation: {
    setUserRole: (_: unknown, args: { userId: string; role: Role }, ctx: Context) => {
      requireAdmin(ctx, "change users' roles");
      const user = requireUser(ctx.store, args.userId);
      if (user.role === args.role) return user;
      if (args.role !== 'ADMIN') requireAnotherAdmin(ctx, user, 'change the role of');
      if (seatCategory(user.role) !== seatCategory(args.role)) requireSeat(ctx, args.role);
      user.role = args.role;
      // Guests cannot hold API keys (fiftyone-api.md §14).
      if (args.role === 'GUEST') {
        ctx.store.apiKeys = ctx.store.apiKeys.filter((key) => key.userId !== user.id);
      }
      return user;
    },
    removeUser: (_: unknown, args: { userId: string }, ctx: Context) => {
      requireAdmin(ctx, 'remove users');
      const user = requireUser(ctx.store, args.userId);
      if (user.id === ctx.viewer.id) {
        fail('BAD_USER_INPUT', 'You cannot remove yourself; another admin has to do it');
      }
      requireAnotherAdmin(ctx, user, 'remove');
      const { store } = ctx;
      store.users = store.users.filter((u) => u.id !== user.id);
      store.apiKeys = store.apiKeys.filter((key) => key.userId !== user.id);
      for (const group of store.groups) {
        group.memberIds = group.memberIds.filter((id) => id !== user.id);
      }
      for (const dataset of store.datasets) {
        dataset.userGrants = withoutKey(dataset.userGrants, user.id);
        dataset.pins = withoutKey(dataset.pins, user.id);
      }
      return null;
    },
  },
};
