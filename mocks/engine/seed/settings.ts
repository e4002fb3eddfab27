import type { LicenceRecord, OrganizationRecord, OrganizationSettingsRecord } from '../types.ts';

// What every seed shares: the organization's names (the id comes from each seed's PRNG) and its
// settings.
export const ORGANIZATION: Readonly<Omit<OrganizationRecord, 'id'>> = {
  name: 'acme',
  displayName: 'Acme AI',
};

export const ORGANIZATION_SETTINGS: Readonly<OrganizationSettingsRecord> = {
  defaultUserRole: 'MEMBER',
  defaultDatasetPermission: 'VIEW',
  defaultOperatorMinimumRole: 'MEMBER',
  defaultOperatorMinimumDatasetPermission: 'EDIT',
};

/** The demo's (and the empty seed's) licence. */
export const DEMO_LICENCE: Readonly<LicenceRecord> = { users: 60, collaborators: 15, guests: 25 };
