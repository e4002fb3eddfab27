import AddIcon from '@mui/icons-material/Add';
import { Button, FormControlLabel, Paper, Skeleton, Stack, Switch, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import {
  orchestratorsListSearch,
  parseOrchestratorsListParams,
  type OrchestratorsListParams,
} from '../api/list-params.ts';
import { orchestratorQueries } from '../api/queries.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { OrchestratorsTable } from '../components/orchestrators-table.tsx';
import { RegisterOrchestratorDialog } from '../components/register-orchestrator-dialog.tsx';

const SEARCH_DEBOUNCE_MS = 250;

export function Component() {
  return (
    <AdminOnly>
      <OrchestratorsList />
    </AdminOnly>
  );
}

function OrchestratorsList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseOrchestratorsListParams(searchParams);
  const list = useQuery(orchestratorQueries.list(params));
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const [typed, setTyped] = useState(params.q);

  const update = (next: Partial<OrchestratorsListParams>) => {
    setSearchParams(orchestratorsListSearch({ ...params, ...next }), { replace: true });
  };

  useEffect(() => {
    if (typed.trim() === params.q) return;
    const timer = setTimeout(() => {
      setSearchParams(orchestratorsListSearch({ ...params, q: typed.trim(), page: 1 }), {
        replace: true,
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, params, setSearchParams]);

  const filtered = Boolean(params.q);
  return (
    <>
      <PageHeader
        title="Orchestrators"
        subtitle="Where delegated operations run: Databricks jobs, Anyscale queues or self-registered runners."
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setRegistering(true)}>
            Register orchestrator
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ mb: 2, alignItems: { sm: 'center' } }}
        >
          <TextField
            label="Search orchestrators"
            placeholder="Instance ID or operator"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            type="search"
            size="small"
            sx={{ flex: 1 }}
          />
          <FormControlLabel
            control={
              <Switch
                checked={params.deactivated}
                onChange={(event) => update({ deactivated: event.target.checked, page: 1 })}
              />
            }
            label="Include deactivated"
          />
        </Stack>
        {list.isPending ? (
          <Skeleton variant="rounded" height={200} aria-label="Loading orchestrators" />
        ) : list.isError && !list.data ? (
          <ErrorState
            what="Loading orchestrators"
            error={list.error}
            onRetry={() => void list.refetch()}
          />
        ) : list.data.nodeTotal === 0 && !list.isPlaceholderData ? (
          <EmptyState
            title={filtered ? 'No orchestrators match' : 'No orchestrators'}
            action={
              !filtered && (
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
            {list.isError && (
              <ErrorState
                what="Refreshing orchestrators"
                error={list.error}
                onRetry={() => void list.refetch()}
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
