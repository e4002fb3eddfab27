// How a dataset permission reads in this area (the same words as the datasets area).
export const PERMISSION_LABELS: Record<string, string> = {
  NO_ACCESS: 'No access',
  VIEW: 'Can view',
  TAG: 'Can tag',
  EDIT: 'Can edit',
  MANAGE: 'Can manage',
};
