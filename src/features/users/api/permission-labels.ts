// Dataset permissions as a person's page words them (the datasets feature has its own rules;
// this page only names what the API answers).
export const PERMISSION_LABELS: Record<string, string> = {
  NO_ACCESS: 'No access',
  VIEW: 'Can view',
  TAG: 'Can tag',
  EDIT: 'Can edit',
  MANAGE: 'Can manage',
};
