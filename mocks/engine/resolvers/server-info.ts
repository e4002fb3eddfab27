import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import {
  notificationsFor,
  type NotificationCode,
  type NotificationKind,
  type NotificationLevel,
  type NotificationRecord,
} from '../rules/notifications.ts';
import { requireSelfOrAdmin, ROLE_ORDER } from '../rules/permissions.ts';
import { roleAttributes, selectAttributes, type UserAttribute } from '../rules/role-attributes.ts';
import type { ResolverMap } from '../schema.ts';
import type { Role, UserRecord } from '../types.ts';

// What the server says about itself (fiftyone-api.md §15): what each role may do, its feature
// flags and the viewer's notifications. Any signed-in user may read them.

interface AttributesArgs {
  include?: UserAttribute[] | null;
  exclude?: UserAttribute[] | null;
}

interface NotificationFilter {
  kinds?: NotificationKind[] | null;
  codes?: NotificationCode[] | null;
  levels?: NotificationLevel[] | null;
  read?: boolean | null;
}

function filterNotifications(
  all: NotificationRecord[],
  filter: NotificationFilter | null | undefined,
): NotificationRecord[] {
  if (!filter) return all;
  return all.filter(
    (n) =>
      (!filter.kinds || filter.kinds.includes(n.kind)) &&
      (!filter.codes || filter.codes.includes(n.code)) &&
      (!filter.levels || filter.levels.includes(n.level)) &&
      (filter.read == null || filter.read === n.read),
  );
}

/** The attribute, which every role has (the schema's enum lists each one). */
function oneAttribute(role: Role, attribute: UserAttribute) {
  const info = roleAttributes(role).find((a) => a.attribute === attribute);
  if (!info) fail('BAD_USER_INPUT', `Unknown attribute: ${attribute}`);
  return info;
}

export const serverInfoResolvers: ResolverMap = {
  Query: {
    roles: (_: unknown, args: { include?: Role[] | null; exclude?: Role[] | null }) =>
      ROLE_ORDER.filter(
        (role) => (!args.include || args.include.includes(role)) && !args.exclude?.includes(role),
      ).map((role) => ({ role })),
    role: (_: unknown, args: { role: Role }) => ({ role: args.role }),
    featureFlag: (_: unknown, _args: unknown, ctx: Context) => ({ ...ctx.store.featureFlag }),
    notifications: (
      _: unknown,
      args: { first: number; filter?: NotificationFilter | null },
      ctx: Context,
    ) => {
      const all = notificationsFor(ctx.store, ctx.viewer, ctx.now());
      return filterNotifications(all, args.filter).slice(0, Math.max(0, args.first));
    },
    notificationsCount: (_: unknown, args: { filter?: NotificationFilter | null }, ctx: Context) =>
      filterNotifications(notificationsFor(ctx.store, ctx.viewer, ctx.now()), args.filter).length,
  },
  UserRoleInfo: {
    attribute: (info: { role: Role }, args: { attribute: UserAttribute }) =>
      oneAttribute(info.role, args.attribute),
    attributes: (info: { role: Role }, args: AttributesArgs) =>
      selectAttributes(roleAttributes(info.role), args.include, args.exclude),
  },
  User: {
    // A person's attributes are their role's; admins may read anyone's, others only their own.
    attribute: (user: UserRecord, args: { attribute: UserAttribute }, ctx: Context) => {
      requireSelfOrAdmin(ctx, user, "read other users' attributes");
      return oneAttribute(user.role, args.attribute);
    },
    attributes: (user: UserRecord, args: AttributesArgs, ctx: Context) => {
      requireSelfOrAdmin(ctx, user, "read other users' attributes");
      return selectAttributes(roleAttributes(user.role), args.include, args.exclude);
    },
  },
};
