import { Alert, LinearProgress, Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link as RouterLink, Route, Routes, useLocation } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import type { Role } from '../../../lib/roles.ts';
import { ApiKeysPanel } from '../../api-keys/components/api-keys-panel.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { SETTINGS_TABS, settingsTabsFor } from '../lib/settings-tabs.ts';

// The first tab (API keys) comes with the page; each other tab's panel (forms, tables) loads when
// it is opened.
const OrganizationSettingsPanel = lazy(() =>
  import('../components/organization-settings-panel.tsx').then((module) => ({
    default: module.OrganizationSettingsPanel,
  })),
);
const RolesMatrix = lazy(() =>
  import('../components/roles-matrix.tsx').then((module) => ({ default: module.RolesMatrix })),
);
const CloudCredentialsPanel = lazy(() =>
  import('../../cloud-credentials/components/cloud-credentials-panel.tsx').then((module) => ({
    default: module.CloudCredentialsPanel,
  })),
);
const CredentialsPanel = lazy(() =>
  import('../components/credentials-panel.tsx').then((module) => ({
    default: module.CredentialsPanel,
  })),
);

export function Component() {
  const viewer = useQuery(sessionQueries.viewer());
  const location = useLocation();
  // The open tab, named in the browser tab's title ("Roles · Settings") whoever may use it.
  const named = SETTINGS_TABS.find((tab) => location.pathname.startsWith(tab.to));
  usePageTitle(named ? `${named.label} · Settings` : undefined);
  if (viewer.isPending) return <LinearProgress aria-label="Loading" />;
  if (viewer.isError)
    return (
      <ErrorState
        what="Finding out who you are"
        error={viewer.error}
        onRetry={() => viewer.refetch()}
      />
    );
  const role = viewer.data.role;
  const tabs = settingsTabsFor(role);
  const current = named && tabs.includes(named) ? named.to : false;
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
      <Suspense fallback={<LinearProgress aria-label="Loading" />}>
        <Routes>
          <Route
            path="api-keys"
            element={
              <ApiKeysPanel userId={viewer.data.id} owner={null} isGuest={role === 'GUEST'} />
            }
          />
          <Route
            path="organization"
            element={
              <AdminsOnly role={role} area="the organization settings">
                <OrganizationSettingsPanel />
              </AdminsOnly>
            }
          />
          <Route path="roles" element={<RolesMatrix viewerRole={role} />} />
          <Route
            path="cloud-credentials"
            element={
              <AdminsOnly role={role} area="cloud credentials">
                <CloudCredentialsPanel />
              </AdminsOnly>
            }
          />
          <Route
            path="credentials"
            element={
              <AdminsOnly role={role} area="the organization's credentials">
                <CredentialsPanel />
              </AdminsOnly>
            }
          />
        </Routes>
      </Suspense>
    </>
  );
}

/** A tab the viewer's role cannot use (reached by a link) explains itself. */
function AdminsOnly({ role, area, children }: { role: Role; area: string; children: ReactNode }) {
  if (role === 'ADMIN') return <>{children}</>;
  return (
    <Alert severity="info">
      Only admins can manage {area}. Your role is {role.toLowerCase()}; ask an admin of your
      organization if you need a change here.
    </Alert>
  );
}
