import { Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { settingsQueries } from '../api/queries.ts';
import { OrganizationSettingsForm } from './organization-settings-form.tsx';

/** Settings › Organization: get_organization_settings(), then the form that sets them. */
export function OrganizationSettingsPanel() {
  const settings = useQuery(settingsQueries.organization());
  if (settings.isPending) {
    return (
      <Skeleton
        variant="rounded"
        height={420}
        role="progressbar"
        aria-label="Loading the organization settings"
      />
    );
  }
  if (settings.isError) {
    return (
      <ErrorState
        what="Loading the organization settings"
        error={settings.error}
        onRetry={() => settings.refetch()}
      />
    );
  }
  return <OrganizationSettingsForm saved={settings.data} />;
}
