import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../lib/roles.ts';
import {
  changedSettings,
  DATASET_PERMISSIONS,
  type OrganizationSettingsForm,
} from './organization-settings.ts';

const settings: fc.Arbitrary<OrganizationSettingsForm> = fc.record({
  defaultUserRole: fc.constantFrom(...ROLES),
  defaultDatasetPermission: fc.constantFrom(...DATASET_PERMISSIONS),
  defaultOperatorMinimumRole: fc.constantFrom(...ROLES),
  defaultOperatorMinimumDatasetPermission: fc.constantFrom(...DATASET_PERMISSIONS),
});

describe('changedSettings (what set_organization_settings sends)', () => {
  it('sends exactly the settings that changed, null for the rest, and nothing when none did', () => {
    fc.assert(
      fc.property(settings, settings, (saved, values) => {
        const changes = changedSettings(saved, values);
        const keys = [
          'defaultUserRole',
          'defaultDatasetPermission',
          'defaultOperatorMinimumRole',
          'defaultOperatorMinimumDatasetPermission',
        ] as const;
        const differing = keys.filter((key) => saved[key] !== values[key]);
        if (differing.length === 0) {
          expect(changes).toBeNull();
          return;
        }
        for (const key of keys) {
          expect(changes?.[key]).toBe(differing.includes(key) ? values[key] : null);
        }
        // Applying the changes the way the server does (null = unchanged) gives the form's values.
        const applied = Object.fromEntries(keys.map((key) => [key, changes?.[key] ?? saved[key]]));
        expect(applied).toEqual(values);
      }),
    );
  });
});
