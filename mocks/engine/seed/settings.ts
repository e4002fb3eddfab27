import { DAY_MS, isoMicro } from '../time.ts';
import type {
  FeatureFlagRecord,
  LicenceRecord,
  OrganizationRecord,
  OrganizationSettingsRecord,
} from '../types.ts';

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

/** Every seed's licence runs for about a year from the seed's clock: no expiry warning yet. */
export const LICENCE_TERM_DAYS = 300;

export function licenceEndsAt(now: number): string {
  return isoMicro(now + LICENCE_TERM_DAYS * DAY_MS);
}

/** Invitations and their e-mails on, as on a default deployment. */
export const FEATURE_FLAGS: Readonly<FeatureFlagRecord> = {
  invitationsEnabled: true,
  invitationEmailsEnabled: true,
};
