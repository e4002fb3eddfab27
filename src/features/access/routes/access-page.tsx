import { Alert, LinearProgress, Paper } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';
import { accessQueries } from '../api/queries.ts';
import { AccessMatrix } from '../components/access-matrix.tsx';
import { DatasetColumnsPager } from '../components/dataset-columns-pager.tsx';
import { PersonAccess } from '../components/person-access.tsx';
import { ReportFilters } from '../components/report-filters.tsx';
import { DATASET_COLUMNS, readReportParams, writeReportParams } from '../lib/report-params.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';

/**
 * Who can access which datasets, and why: for admins over the organization, for dataset
 * managers over the datasets they manage (the API refuses them the rest anyway).
 */
export function Component() {
  // Only a real change goes into the URL (the hook writes none that changes nothing): the tables
  // report their page back as they draw, and writing an unchanged URL would draw them again.
  const [params, update] = useUrlParams(readReportParams, writeReportParams, { push: true });
  const viewer = useQuery(sessionQueries.viewer());
  const datasets = useQuery(accessQueries.datasets());

  const header = (
    <PageHeader
      title="Access"
      subtitle="Who can access which datasets, and why. Choose datasets and people; select a cell to see where its access comes from."
    />
  );
  if (viewer.isPending || datasets.isPending) {
    return (
      <>
        {header}
        <LinearProgress aria-label="Loading datasets" />
      </>
    );
  }
  if (viewer.isError || datasets.isError) {
    const failed = viewer.isError ? viewer : datasets;
    return (
      <>
        {header}
        <ErrorState
          what={viewer.isError ? 'Finding out who you are' : 'Loading datasets'}
          error={failed.error}
          onRetry={() => failed.refetch()}
        />
      </>
    );
  }
  const admin = viewer.data.role === 'ADMIN';
  const managed = datasets.data.map((dataset) => dataset.name);
  if (managed.length === 0) {
    return (
      <>
        {header}
        <Paper variant="outlined">
          <EmptyState title="No datasets you manage">
            The access report covers the datasets you can manage. Ask an admin or a dataset’s
            manager for Can manage on a dataset to report on who can access it.
          </EmptyState>
        </Paper>
      </>
    );
  }
  // Chosen names the viewer no longer manages drop out: the API would refuse them.
  const known = new Set(managed);
  const chosen = params.datasets.filter((name) => known.has(name));
  const all = chosen.length > 0 ? chosen : managed;
  // A link's dataset page past the last shows the last.
  const dpage = Math.min(params.dpage, Math.max(1, Math.ceil(all.length / DATASET_COLUMNS)));
  const start = (dpage - 1) * DATASET_COLUMNS;
  const columns = all.slice(start, start + DATASET_COLUMNS);
  return (
    <>
      {header}
      <Paper variant="outlined" sx={{ p: 2 }}>
        {!admin && (
          <Alert severity="info" sx={{ mb: 2 }}>
            As a dataset manager you see the datasets you manage, and the people and groups with a
            grant there. Members reached only by a dataset’s default are shown as “Members by
            default”.
          </Alert>
        )}
        <ReportFilters
          params={{ ...params, datasets: chosen }}
          admin={admin}
          datasets={managed}
          onChange={update}
        />
        {params.person ? (
          <PersonAccess params={{ ...params, datasets: chosen }} admin={admin} onChange={update} />
        ) : (
          <>
            <DatasetColumnsPager
              page={dpage}
              pageSize={DATASET_COLUMNS}
              total={all.length}
              onPage={(dpage) => update({ dpage })}
            />
            <AccessMatrix
              params={{ ...params, dpage }}
              admin={admin}
              columns={columns}
              chosen={chosen}
              onChange={update}
            />
          </>
        )}
      </Paper>
    </>
  );
}
