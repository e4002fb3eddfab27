import { graphql } from '../../../lib/graphql.ts';

// get_organization_settings() / set_organization_settings(): the SDK's documents, named.
export const OrganizationSettingsQuery = graphql(`
  query OrganizationSettings {
    organizationSettings {
      defaultUserRole
      defaultDatasetPermission
      defaultOperatorMinimumRole
      defaultOperatorMinimumDatasetPermission
    }
  }
`);

export const SetOrganizationSettingsMutation = graphql(`
  mutation SetOrganizationSettings(
    $defaultUserRole: UserRole
    $defaultDatasetPermission: DatasetPermission
    $defaultOperatorMinimumRole: UserRole
    $defaultOperatorMinimumDatasetPermission: DatasetPermission
  ) {
    setOrganizationSettings(
      defaultUserRole: $defaultUserRole
      defaultDatasetPermission: $defaultDatasetPermission
      defaultOperatorMinimumRole: $defaultOperatorMinimumRole
      defaultOperatorMinimumDatasetPermission: $defaultOperatorMinimumDatasetPermission
    ) {
      defaultUserRole
      defaultDatasetPermission
      defaultOperatorMinimumRole
      defaultOperatorMinimumDatasetPermission
    }
  }
`);
