import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, FormControlLabel, Paper, Skeleton, Switch } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { usePageInRange } from '../../../lib/use-page-in-range.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { paths } from '../../../config/paths.ts';
import { useServerFeatures } from '../../session/api/server-features.ts';
import { orchestratorsListSearch, parseOrchestratorsListParams } from '../api/list-params.ts';
import { orchestratorQueries } from '../api/queries.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { OrchestratorsTable } from '../components/orchestrators-table.tsx';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

// The register form (react-hook-form, zod) loads when its dialog opens: the list's first view
// does without it.
const RegisterOrchestratorDialog = lazyComponent(() =>
  import('../components/register-orchestrator-dialog.tsx').then(
    (module) => module.RegisterOrchestratorDialog,
  ),
);

export function Component() {
  return (
    <AdminOnly>
      <OrchestratorsList />
    </AdminOnly>
  );
}

function OrchestratorsList() {
  const [params, update] = useUrlParams(parseOrchestratorsListParams, orchestratorsListSearch);
  const list = useQuery(orchestratorQueries.list(params));
  const moving = usePageInRange(list.error, {
    page: params.page,
    pageSize: params.pageSize,
    total: list.data?.nodeTotal,
    goTo: (page) => update({ page }),
  });
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  // Registration is [ext]: a server without it gets no button, and a note says why.
  const features = useServerFeatures();
  const canRegister = features?.registerOrchestrator ?? false;

  const filtered = Boolean(params.q);
  return (
    <>
      <PageHeader
        title="Orchestrators"
        subtitle="Where delegated operations run: Databricks jobs, Anyscale queues or self-registered runners."
        actions={
          canRegister && (
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setRegistering(true)}
            >
              Register orchestrator
            </Button>
          )
        }
      />
      {features?.registerOrchestrator === false && (
        <Alert severity="info" sx={{ mb: 2 }}>
          This server does not offer registering or deleting orchestrators, nor their environment,
          configuration and secrets: it lists them only.
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SearchToolbar
          label="Search orchestrators"
          placeholder="Instance ID or operator"
          value={params.q}
          onSearch={(q) => update({ q, page: 1 })}
        >
          <FormControlLabel
            control={
              <Switch
                checked={params.deactivated}
                onChange={(event) => update({ deactivated: event.target.checked, page: 1 })}
              />
            }
            label="Include deactivated"
          />
        </SearchToolbar>
        {list.isPending || (moving && !list.data) ? (
          <Skeleton
            variant="rounded"
            height={200}
            role="progressbar"
            aria-label="Loading orchestrators"
          />
        ) : !list.data ? (
          <ErrorState
            what="Loading orchestrators"
            error={list.error}
            onRetry={() => list.refetch()}
          />
        ) : list.data.nodeTotal === 0 && !list.isPlaceholderData ? (
          <EmptyState
            title={filtered ? 'No orchestrators match' : 'No orchestrators'}
            action={
              !filtered &&
              canRegister && (
                <Button variant="outlined" onClick={() => setRegistering(true)}>
                  Register orchestrator
                </Button>
              )
            }
          >
            {filtered
              ? 'Try another search.'
              : params.deactivated
                ? 'Register one to run delegated operations outside the FiftyOne app.'
                : 'None is active. Register one, or include the deactivated ones.'}
          </EmptyState>
        ) : (
          <>
            {list.isError && !moving && (
              <ErrorState
                what="Refreshing orchestrators"
                error={list.error}
                onRetry={() => list.refetch()}
              />
            )}
            <OrchestratorsTable
              rows={list.data.nodes}
              total={list.data.nodeTotal}
              loading={list.isFetching}
              params={params}
              onChange={update}
            />
          </>
        )}
      </Paper>
      {registering && (
        <RegisterOrchestratorDialog
          onClose={() => setRegistering(false)}
          onRegistered={(instanceIdentifier) => {
            setRegistering(false);
            void navigate(paths.orchestrators.detail(instanceIdentifier));
          }}
        />
      )}
    </>
  );
}
