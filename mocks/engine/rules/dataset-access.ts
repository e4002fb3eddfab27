import type { DatasetPermission, DatasetRecord, Role, Store, UserRecord } from '../types.ts';

// Effective dataset permission (fiftyone-api.md §6.4, §14): the highest of an admin's implicit
// MANAGE, a member's dataset default, the user's own grant and each grant of a group they are in,
// then capped by role (collaborator EDIT, guest VIEW).

export const PERMISSION_ORDER: readonly DatasetPermission[] = [
  'NO_ACCESS',
  'VIEW',
  'TAG',
  'EDIT',
  'MANAGE',
];

export function permissionRank(permission: DatasetPermission): number {
  return PERMISSION_ORDER.indexOf(permission);
}

export function maxPermission(a: DatasetPermission, b: DatasetPermission): DatasetPermission {
  return permissionRank(a) >= permissionRank(b) ? a : b;
}

export function minPermission(a: DatasetPermission, b: DatasetPermission): DatasetPermission {
  return permissionRank(a) <= permissionRank(b) ? a : b;
}

const ROLE_CAPS: Record<Role, DatasetPermission> = {
  ADMIN: 'MANAGE',
  MEMBER: 'MANAGE',
  COLLABORATOR: 'EDIT',
  GUEST: 'VIEW',
};

/** The highest dataset permission a role can hold. */
export function roleCap(role: Role): DatasetPermission {
  return ROLE_CAPS[role];
}

/**
 * Which datasets a role reaches without a grant of its own (the server's DATASET_ACCESS_LEVEL):
 * ALL every dataset (admins, with MANAGE), IMPLICIT each dataset's default access (members),
 * EXPLICIT only what is granted to them or their groups.
 */
export type DatasetAccessLevel = 'ALL' | 'IMPLICIT' | 'EXPLICIT';

const ACCESS_LEVELS: Record<Role, DatasetAccessLevel> = {
  ADMIN: 'ALL',
  MEMBER: 'IMPLICIT',
  COLLABORATOR: 'EXPLICIT',
  GUEST: 'EXPLICIT',
};

export function datasetAccessLevel(role: Role): DatasetAccessLevel {
  return ACCESS_LEVELS[role];
}

/** The user's own grant on the dataset, null when there is none. */
export function userGrant(dataset: DatasetRecord, userId: string): DatasetPermission | null {
  return Object.hasOwn(dataset.userGrants, userId) ? (dataset.userGrants[userId] ?? null) : null;
}

/** The ids of the groups the user belongs to. */
export function groupIdsOf(store: Store, user: UserRecord): ReadonlySet<string> {
  return new Set(store.groups.filter((g) => g.memberIds.includes(user.id)).map((g) => g.id));
}

/** `groupIds` (from groupIdsOf) saves recomputing the user's groups for every dataset. */
export function effectivePermission(
  store: Store,
  user: UserRecord,
  dataset: DatasetRecord,
  groupIds: ReadonlySet<string> = groupIdsOf(store, user),
): DatasetPermission {
  let permission: DatasetPermission = 'NO_ACCESS';
  const level = datasetAccessLevel(user.role);
  if (level === 'ALL') permission = 'MANAGE';
  if (level === 'IMPLICIT') permission = maxPermission(permission, dataset.defaultPermission);
  const own = userGrant(dataset, user.id);
  if (own) permission = maxPermission(permission, own);
  for (const [groupId, grant] of Object.entries(dataset.groupGrants)) {
    if (groupIds.has(groupId)) permission = maxPermission(permission, grant);
  }
  return minPermission(permission, roleCap(user.role));
}

/** The datasets the user can see at all (effective permission above NO_ACCESS), store order. */
export function accessibleDatasets(
  store: Store,
  user: UserRecord,
): { dataset: DatasetRecord; permission: DatasetPermission }[] {
  const groupIds = groupIdsOf(store, user);
  return store.datasets
    .map((dataset) => ({
      dataset,
      permission: effectivePermission(store, user, dataset, groupIds),
    }))
    .filter((entry) => entry.permission !== 'NO_ACCESS');
}

/** The levels a grant can carry for someone of `role`, lowest first (VIEW up to the cap). */
export function grantableLevels(role: Role): DatasetPermission[] {
  return PERMISSION_ORDER.filter(
    (level) => level !== 'NO_ACCESS' && permissionRank(level) <= permissionRank(roleCap(role)),
  );
}

export function exceedsCap(role: Role, permission: DatasetPermission): boolean {
  return permissionRank(permission) > permissionRank(roleCap(role));
}

/**
 * The role an invitation sent by a grant carries (fiftyone-api.md §14): VIEW → GUEST,
 * TAG or EDIT → COLLABORATOR, MANAGE → MEMBER.
 */
export function invitationRoleFor(permission: DatasetPermission): Role {
  if (permission === 'MANAGE') return 'MEMBER';
  if (permission === 'TAG' || permission === 'EDIT') return 'COLLABORATOR';
  return 'GUEST';
}

/** One reason a user holds (or does not hold) a level on a dataset. */
export type PermissionSource =
  | { kind: 'admin'; level: DatasetPermission }
  | { kind: 'default'; level: DatasetPermission }
  | { kind: 'own'; level: DatasetPermission }
  | { kind: 'group'; groupId: string; level: DatasetPermission };

/**
 * Every source that gives `user` access to `dataset`, the highest of them, and the effective
 * permission after the role cap: the "why" behind effectivePermission (same rule, spelled out).
 */
export function permissionSources(
  store: Store,
  user: UserRecord,
  dataset: DatasetRecord,
): { sources: PermissionSource[]; highest: DatasetPermission; effective: DatasetPermission } {
  const sources: PermissionSource[] = [];
  if (user.role === 'ADMIN') sources.push({ kind: 'admin', level: 'MANAGE' });
  if (user.role === 'MEMBER') sources.push({ kind: 'default', level: dataset.defaultPermission });
  const own = userGrant(dataset, user.id);
  if (own) sources.push({ kind: 'own', level: own });
  const groupIds = groupIdsOf(store, user);
  for (const [groupId, level] of Object.entries(dataset.groupGrants)) {
    if (groupIds.has(groupId)) sources.push({ kind: 'group', groupId, level });
  }
  const highest = sources.reduce<DatasetPermission>(
    (best, source) => maxPermission(best, source.level),
    'NO_ACCESS',
  );
  return { sources, highest, effective: minPermission(highest, roleCap(user.role)) };
}
