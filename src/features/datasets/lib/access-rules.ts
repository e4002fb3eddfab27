import { PERMISSIONS, permissionText, type Permission } from '../../../lib/permissions.ts';
import { ROLE_LABELS, type Role } from '../../../lib/roles.ts';

// The dataset permission rule as the console explains it (fiftyone-api.md §6.4, §14): the
// highest of an admin's MANAGE, the default (members only), the person's own grant and each of
// their groups' grants, then capped by role. The API computes `activePermission`; this module
// says why, previews what a change would do, and keeps pickers within the caps.

/** The levels a grant can carry. */
export const GRANT_LEVELS = ['VIEW', 'TAG', 'EDIT', 'MANAGE'] as const;
export type GrantLevel = (typeof GRANT_LEVELS)[number];

export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  NO_ACCESS: 'Cannot see the dataset at all.',
  VIEW: 'Can open and browse the dataset.',
  TAG: 'Can also tag samples and labels.',
  EDIT: 'Can also edit samples, labels and fields.',
  MANAGE: 'Can also change who has access, and manage snapshots.',
};

export function rank(permission: Permission): number {
  return PERMISSIONS.indexOf(permission);
}

export function higher(a: Permission, b: Permission): Permission {
  return rank(a) >= rank(b) ? a : b;
}

export function lower(a: Permission, b: Permission): Permission {
  return rank(a) <= rank(b) ? a : b;
}

const ROLE_CAPS: Record<Role, Permission> = {
  ADMIN: 'MANAGE',
  MEMBER: 'MANAGE',
  COLLABORATOR: 'EDIT',
  GUEST: 'VIEW',
};

/** The most a role can hold on a dataset. */
export function roleCap(role: Role): Permission {
  return ROLE_CAPS[role];
}

/** Plural role names for sentences ("collaborators can have at most Can edit"). */
export const ROLE_PLURALS: Record<Role, string> = {
  ADMIN: 'admins',
  MEMBER: 'members',
  COLLABORATOR: 'collaborators',
  GUEST: 'guests',
};

export interface LevelOption {
  level: GrantLevel;
  /** Why the level cannot be chosen, or null when it can. */
  disabledReason: string | null;
}

/**
 * The grant levels a picker offers someone of `role` (null: not known, e.g. an e-mail), each
 * off with the reason when it is above the role's cap.
 */
export function levelOptions(role: Role | null): LevelOption[] {
  return GRANT_LEVELS.map((level) => ({
    level,
    disabledReason:
      role && rank(level) > rank(roleCap(role))
        ? `${ROLE_LABELS[role]}s can have at most ${permissionText(roleCap(role))}`
        : null,
  }));
}

/**
 * The role an invitation sent by granting to an e-mail carries: the least role that can hold
 * the level (VIEW → Guest, TAG or EDIT → Collaborator, MANAGE → Member).
 */
export function invitationRoleFor(level: GrantLevel): Role {
  if (level === 'MANAGE') return 'MEMBER';
  if (level === 'VIEW') return 'GUEST';
  return 'COLLABORATOR';
}

/** Where a person's access to one dataset can come from. */
export interface AccessSources {
  role: Role;
  defaultPermission: Permission;
  /** The person's own grant, null when they have none. */
  own: Permission | null;
  /** The grants of the groups the person is in, on this dataset. */
  groups: readonly { name: string; level: Permission }[];
}

export interface ExplanationStep {
  kind: 'admin' | 'default' | 'own' | 'group';
  label: string;
  /** The level this source gives; NO_ACCESS when it gives nothing. */
  level: Permission;
  /** Whether the source counts for this person (the default counts for members only). */
  applies: boolean;
  note: string;
}

export interface Explanation {
  steps: ExplanationStep[];
  /** The highest level of the sources that apply. */
  highest: Permission;
  cap: Permission;
  /** True when the role cap lowered the highest level. */
  capped: boolean;
  effective: Permission;
}

/** Every source with its level, the highest, and where the role cap cut it down. */
export function explainAccess(sources: AccessSources): Explanation {
  const { role } = sources;
  const steps: ExplanationStep[] = [];
  const isAdmin = role === 'ADMIN';
  steps.push({
    kind: 'admin',
    label: 'Admin',
    level: isAdmin ? 'MANAGE' : 'NO_ACCESS',
    applies: isAdmin,
    note: isAdmin ? 'Admins can manage every dataset.' : `Not an admin (${ROLE_LABELS[role]}).`,
  });
  const isMember = role === 'MEMBER';
  steps.push({
    kind: 'default',
    label: 'Default access for members',
    level: isMember ? sources.defaultPermission : 'NO_ACCESS',
    applies: isMember,
    note: isMember
      ? `The dataset gives every member ${permissionText(sources.defaultPermission)}.`
      : `The default (${permissionText(sources.defaultPermission)}) applies to members only, not to ${ROLE_PLURALS[role]}.`,
  });
  steps.push({
    kind: 'own',
    label: 'Own grant',
    level: sources.own ?? 'NO_ACCESS',
    applies: sources.own !== null,
    note: sources.own ? 'Granted to this person directly.' : 'No grant of their own.',
  });
  for (const group of sources.groups) {
    steps.push({
      kind: 'group',
      label: `Group ${group.name}`,
      level: group.level,
      applies: true,
      note: `Through membership of ${group.name}.`,
    });
  }
  const highest = steps
    .filter((step) => step.applies)
    .reduce<Permission>((best, step) => higher(best, step.level), 'NO_ACCESS');
  const cap = roleCap(role);
  const effective = lower(highest, cap);
  return { steps, highest, cap, capped: effective !== highest, effective };
}

export function effectiveAccess(sources: AccessSources): Permission {
  return explainAccess(sources).effective;
}

export interface AccessChange<K> {
  key: K;
  before: Permission;
  after: Permission;
}

/**
 * Who would see their access change if the dataset's default went from `from` to `to`: only
 * members are reached by the default.
 */
export function defaultChangeImpact<
  P extends { id: string } & Omit<AccessSources, 'defaultPermission'>,
>(people: readonly P[], from: Permission, to: Permission): AccessChange<P>[] {
  return people
    .map((person) => ({
      key: person,
      before: effectiveAccess({ ...person, defaultPermission: from }),
      after: effectiveAccess({ ...person, defaultPermission: to }),
    }))
    .filter((change) => change.before !== change.after);
}

/** What someone without any grant (a member reached only by the default) goes from and to. */
export function defaultOnlyChange(
  from: Permission,
  to: Permission,
): AccessChange<'members'> | null {
  return from === to ? null : { key: 'members', before: from, after: to };
}

/** The datasets where a person's access would change if their role went from `from` to `to`. */
export function roleChangeImpact<D extends Omit<AccessSources, 'role'>>(
  datasets: readonly D[],
  from: Role,
  to: Role,
): AccessChange<D>[] {
  return datasets
    .map((dataset) => ({
      key: dataset,
      before: effectiveAccess({ ...dataset, role: from }),
      after: effectiveAccess({ ...dataset, role: to }),
    }))
    .filter((change) => change.before !== change.after);
}
