import type { Context } from './context.ts';
import { fail } from './errors.ts';
import { requireAdmin } from './rules/permissions.ts';
import type { DatasetRecord, GroupRecord, Store, UserRecord } from './types.ts';

// Finding records by the identifiers the API accepts (fiftyone-api.md §3, §14).

/** A user by id, or by email in any letter case (the SDK sends emails in `id` arguments). */
export function findUser(store: Store, idOrEmail: string): UserRecord | undefined {
  const byId = store.users.find((user) => user.id === idOrEmail);
  if (byId) return byId;
  const email = idOrEmail.toLowerCase();
  return store.users.find((user) => user.email.toLowerCase() === email);
}

export function requireUser(store: Store, idOrEmail: string): UserRecord {
  return findUser(store, idOrEmail) ?? fail('NOT_FOUND', `User not found: ${idOrEmail}`);
}

/**
 * The user a `userId: String = null` argument names: null means the caller. Someone who is not
 * an admin may only name themselves; that is checked before existence, so a refusal never
 * reveals whether another user exists.
 */
export function resolveTargetUser(
  ctx: Context,
  idOrEmail: string | null | undefined,
  action: string,
): UserRecord {
  if (idOrEmail === null || idOrEmail === undefined) return ctx.viewer;
  const found = findUser(ctx.store, idOrEmail);
  if (found?.id === ctx.viewer.id) return ctx.viewer;
  requireAdmin(ctx, action);
  return found ?? fail('NOT_FOUND', `User not found: ${idOrEmail}`);
}

/**
 * The user a non-null `User!` field points at. A removed user leaves records that still name
 * them (an invitation's inviter, a group's creator); they read as a placeholder, not an error.
 */
export function userOrPlaceholder(store: Store, id: string): UserRecord {
  return (
    store.users.find((user) => user.id === id) ?? {
      id,
      email: '',
      name: 'Removed user',
      role: 'GUEST',
      picture: null,
      createdAt: '1970-01-01T00:00:00.000000+00:00',
    }
  );
}

/** A dataset by id, name or slug. */
export function findDataset(store: Store, identifier: string): DatasetRecord | undefined {
  return (
    store.datasets.find((d) => d.id === identifier) ??
    store.datasets.find((d) => d.name === identifier) ??
    store.datasets.find((d) => d.slug === identifier)
  );
}

/** A group by id, name or slug. */
export function findGroup(store: Store, identifier: string): GroupRecord | undefined {
  return (
    store.groups.find((g) => g.id === identifier) ??
    store.groups.find((g) => g.name === identifier) ??
    store.groups.find((g) => g.slug === identifier)
  );
}
