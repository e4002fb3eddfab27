import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PERMISSIONS, type Permission } from '../../../lib/permissions.ts';
import { z } from '../../../lib/zod.ts';
import { ROLES } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { SetOrganizationSettingsMutation } from './documents.ts';
import { settingsQueries, type OrganizationSettings } from './queries.ts';

// The options list is the one in src/lib, under the name this area's forms use.
export const DATASET_PERMISSIONS = PERMISSIONS;
export type DatasetPermission = Permission;

export const organizationSettingsSchema = z.object({
  defaultUserRole: z.enum(ROLES, { error: 'Choose a role' }),
  defaultDatasetPermission: z.enum(DATASET_PERMISSIONS, { error: 'Choose a permission' }),
  defaultOperatorMinimumRole: z.enum(ROLES, { error: 'Choose a role' }),
  defaultOperatorMinimumDatasetPermission: z.enum(DATASET_PERMISSIONS, {
    error: 'Choose a permission',
  }),
});
export type OrganizationSettingsForm = z.infer<typeof organizationSettingsSchema>;

export type SettingsChanges = {
  [K in keyof OrganizationSettingsForm]: OrganizationSettingsForm[K] | null;
};

/**
 * What set_organization_settings sends: every setting, null for those that did not change
 * (null means "unchanged"). Null when nothing changed at all.
 */
export function changedSettings(
  saved: OrganizationSettings,
  values: OrganizationSettingsForm,
): SettingsChanges | null {
  const pick = <K extends keyof OrganizationSettingsForm>(key: K) =>
    values[key] === saved[key] ? null : values[key];
  const changes: SettingsChanges = {
    defaultUserRole: pick('defaultUserRole'),
    defaultDatasetPermission: pick('defaultDatasetPermission'),
    defaultOperatorMinimumRole: pick('defaultOperatorMinimumRole'),
    defaultOperatorMinimumDatasetPermission: pick('defaultOperatorMinimumDatasetPermission'),
  };
  return Object.values(changes).some((value) => value !== null) ? changes : null;
}

export function useSetOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: SettingsChanges) =>
      (await gqlMutation(SetOrganizationSettingsMutation, changes)).setOrganizationSettings,
    meta: { action: 'Saving the organization settings', inlineErrors: true },
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQueries.organization().queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: settingsQueries.all() });
    },
  });
}
