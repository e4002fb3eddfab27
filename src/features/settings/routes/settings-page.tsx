import { LinearProgress, Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { NotBuilt } from '../../../components/not-built.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiKeysPanel } from '../../api-keys/components/api-keys-panel.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';

const TABS = [
  { label: 'API keys', to: paths.settings.apiKeys(), admin: false },
  { label: 'Organization', to: paths.settings.organization(), admin: true },
  { label: 'Roles', to: paths.settings.roles(), admin: false },
  { label: 'Cloud credentials', to: paths.settings.cloudCredentials(), admin: true },
];

export function Component() {
  const viewer = useQuery(sessionQueries.viewer());
  const location = useLocation();
  if (viewer.isPending) return <LinearProgress aria-label="Loading" />;
  if (viewer.isError)
    return (
      <ErrorState
        what="Finding out who you are"
        error={viewer.error}
        onRetry={() => void viewer.refetch()}
      />
    );
  const isAdmin = viewer.data.role === 'ADMIN';
  const tabs = TABS.filter((tab) => isAdmin || !tab.admin);
  const current = tabs.find((tab) => location.pathname.startsWith(tab.to))?.to ?? false;
  return (
    <>
      <PageHeader title="Settings" />
      <Tabs
        value={current}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        aria-label="Settings sections"
      >
        {tabs.map((tab) => (
          <Tab key={tab.to} value={tab.to} label={tab.label} component={RouterLink} to={tab.to} />
        ))}
      </Tabs>
      <Routes>
        <Route index element={<Navigate to={paths.settings.apiKeys()} replace />} />
        <Route
          path="api-keys"
          element={
            <ApiKeysPanel
              userId={viewer.data.id}
              owner={null}
              isGuest={viewer.data.role === 'GUEST'}
            />
          }
        />
        <Route
          path="organization"
          element={
            <NotBuilt
              title="Organization"
              holds="The organization’s defaults: the role of new invitations, the default access of new datasets, and the gate of plugin operators without their own setting."
              sdk={['get_organization_settings', 'set_organization_settings']}
            />
          }
        />
        <Route
          path="roles"
          element={
            <NotBuilt
              title="Roles"
              holds="What each role may do, as a matrix of roles and capabilities."
              sdk={['UserRole']}
            />
          }
        />
        <Route
          path="cloud-credentials"
          element={
            <NotBuilt
              title="Cloud credentials"
              holds="Credentials for media in AWS, GCP, Azure and MinIO buckets: add, overwrite and delete them; they are write-only."
              sdk={['add_cloud_credentials', 'list_cloud_credentials', 'delete_cloud_credentials']}
            />
          }
        />
        <Route path="*" element={<Navigate to={paths.settings.apiKeys()} replace />} />
      </Routes>
    </>
  );
}
