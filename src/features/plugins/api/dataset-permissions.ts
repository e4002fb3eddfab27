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
