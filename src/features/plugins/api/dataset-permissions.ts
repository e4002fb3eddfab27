import { ROLE_LABELS, type Role } from '../../../lib/roles.ts';

// Dataset permissions in ascending privilege (fiftyone-api.md §4), as an operator's minimum.
export const DATASET_PERMISSIONS = ['NO_ACCESS', 'VIEW', 'TAG', 'EDIT', 'MANAGE'] as const;
export type DatasetPermission = (typeof DATASET_PERMISSIONS)[number];

export const DATASET_PERMISSION_LABELS: Record<DatasetPermission, string> = {
  NO_ACCESS: 'No access needed',
  VIEW: 'Can view',
  TAG: 'Can tag',
  EDIT: 'Can edit',
  MANAGE: 'Can manage',
};

export function isDatasetPermission(value: string): value is DatasetPermission {
  return (DATASET_PERMISSIONS as readonly string[]).includes(value);
}

/** The highest dataset permission each role can hold (fiftyone-api.md §6.4: the role caps). */
const ROLE_CAPS: Record<Role, DatasetPermission> = {
  ADMIN: 'MANAGE',
  MEMBER: 'MANAGE',
  COLLABORATOR: 'EDIT',
  GUEST: 'VIEW',
};

/**
 * Why an operator's minimum dataset permission cannot go with its minimum role, or null when
 * it can: a Guest minimum with "Can manage" asks for more than a guest can ever hold.
 */
export function beyondRoleCap(role: Role, permission: DatasetPermission): string | null {
  const cap = ROLE_CAPS[role];
  if (DATASET_PERMISSIONS.indexOf(permission) <= DATASET_PERMISSIONS.indexOf(cap)) return null;
  return `a ${ROLE_LABELS[role].toLowerCase()} can have at most ${DATASET_PERMISSION_LABELS[cap]}`;
}
