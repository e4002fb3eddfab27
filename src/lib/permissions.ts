// Dataset permissions (fiftyone-api.md §6.4, §14), lowest first, and how the console names them.
export const PERMISSIONS = ['NO_ACCESS', 'VIEW', 'TAG', 'EDIT', 'MANAGE'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  NO_ACCESS: 'No access',
  VIEW: 'Can view',
  TAG: 'Can tag',
  EDIT: 'Can edit',
  MANAGE: 'Can manage',
};

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

/**
 * A permission as the server answered it: the label of a known one, or the value itself for a
 * permission added after this console was built (e.g. ANNOTATE), so it shows as text.
 */
export function permissionText(value: string): string {
  return isPermission(value) ? PERMISSION_LABELS[value] : value;
}

/** Label for a select's raw value: a server's unknown permission reads as its name, not blank. */
export function permissionLabel(value: unknown): string {
  return typeof value === 'string' ? permissionText(value) : '';
}
