import AddIcon from '@mui/icons-material/Add';
import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  Alert,
  Breadcrumbs,
  Button,
  Grid,
  Link,
  Paper,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { env } from '../../../config/env.ts';
import { paths } from '../../../config/paths.ts';
import { historySearch, parseHistoryParams } from '../api/list-params.ts';
import { snapshotQueries, type SnapshotHistory } from '../api/queries.ts';
import { useArchivalsInProgress } from '../api/use-snapshot-mutations.ts';
import { DatasetSwitcher } from './dataset-switcher.tsx';
import { LazyHistoryChart } from './lazy-history-chart.tsx';
import { HistoryTable } from './history-table.tsx';
import { LatestChangesCard } from './latest-changes-card.tsx';
import { canEdit, canManage, manageReason } from './permission.ts';
import { SnapshotPanel } from './snapshot-panel.tsx';
import { useServerFeatures } from '../../session/api/server-features.ts';
import { permissionText } from '../../../lib/permissions.ts';
import { formatCount } from '../../../lib/format.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

// The create and edit forms (react-hook-form, zod) load when their dialog opens: the history's
// first view does without them.
const CreateSnapshotDialog = lazyComponent(() =>
  import('./create-snapshot-dialog.tsx').then((module) => module.CreateSnapshotDialog),
);
const SimulateEditsDialog = lazyComponent(() =>
  import('./simulate-edits-dialog.tsx').then((module) => module.SimulateEditsDialog),
);

/** /snapshots/<dataset>[/<snapshot>]: one dataset's history, changes and snapshot operations. */
export function DatasetHistoryView({
  datasetName,
  snapshotName,
}: {
  datasetName: string;
  snapshotName: string | null;
}) {
  const history = useQuery(snapshotQueries.history(datasetName));

  const crumbs = (
    <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
      <Link component={RouterLink} to={paths.snapshots.list()}>
        Snapshots
      </Link>
      {snapshotName ? (
        <Link component={RouterLink} to={paths.snapshots.dataset(datasetName)}>
          {datasetName}
        </Link>
      ) : (
        <Typography color="text.primary" aria-current="page">
          {datasetName}
        </Typography>
      )}
      {snapshotName && (
        <Typography color="text.primary" aria-current="page">
          {snapshotName}
        </Typography>
      )}
    </Breadcrumbs>
  );

  if (history.isPending) {
    return (
      <>
        {crumbs}
        <PageHeader title={datasetName} actions={<DatasetSwitcher current={datasetName} />} />
        <Skeleton
          variant="rounded"
          height={320}
          role="progressbar"
          aria-label="Loading the snapshot history"
        />
      </>
    );
  }
  if (history.isError && history.data === undefined) {
    return (
      <>
        {crumbs}
        <PageHeader title={datasetName} actions={<DatasetSwitcher current={datasetName} />} />
        <ErrorState
          what="Loading the snapshot history"
          error={history.error}
          onRetry={() => history.refetch()}
        />
      </>
    );
  }
  if (!history.data) {
    return (
      <>
        {crumbs}
        <PageHeader title={datasetName} actions={<DatasetSwitcher current={datasetName} />} />
        <Paper variant="outlined">
          <EmptyState
            title="Dataset not found"
            action={
              <Button component={RouterLink} to={paths.snapshots.list()} variant="outlined">
                Choose a dataset
              </Button>
            }
          >
            There is no dataset named {datasetName}, or you cannot see it.
          </EmptyState>
        </Paper>
      </>
    );
  }
  return (
    <>
      {crumbs}
      {history.isError && (
        // A failed refresh keeps the page (and any open dialog) as it was.
        <ErrorState
          what="Refreshing the snapshot history"
          error={history.error}
          onRetry={() => history.refetch()}
        />
      )}
      <History history={history.data} snapshotName={snapshotName} />
    </>
  );
}

function History({
  history,
  snapshotName,
}: {
  history: SnapshotHistory;
  snapshotName: string | null;
}) {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const noteId = useId();
  const manager = canManage(history.permission);
  const archivals = useArchivalsInProgress(history.name);
  const count = history.snapshots.length;
  // The demo's stand-in for editing samples exists only on the mock's full schema.
  const canSimulate = useServerFeatures()?.simulateDatasetEdits ?? false;

  return (
    <>
      <PageHeader
        title={history.name}
        subtitle={`${formatCount(count)} snapshot${count === 1 ? '' : 's'} · ${formatCount(history.samplesCount)} samples now · Your access: ${permissionText(history.permission)}`}
        actions={
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <DatasetSwitcher current={history.name} />
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setCreating(true)}
              disabled={!manager}
              aria-describedby={manager ? undefined : noteId}
              sx={{ whiteSpace: 'nowrap' }}
            >
              Create snapshot
            </Button>
          </Stack>
        }
      />
      {!manager && (
        <Alert severity="info" id={noteId} sx={{ mb: 2 }}>
          You can see this history. {manageReason(history.name, history.permission)}
        </Alert>
      )}
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <LatestChangesCard
            history={history}
            actions={
              env.mock &&
              canSimulate && (
                <Button
                  variant="text"
                  startIcon={<EditNoteIcon />}
                  onClick={() => setEditing(true)}
                  disabled={!canEdit(history.permission)}
                  title={
                    canEdit(history.permission)
                      ? undefined
                      : 'Editing samples needs Can edit on this dataset'
                  }
                >
                  Simulate edits
                </Button>
              )
            }
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <Paper variant="outlined" sx={{ p: 2, height: '100%' }}>
            <Typography variant="h6" component="h2" gutterBottom>
              Samples over time
            </Typography>
            {count > 0 ? (
              <LazyHistoryChart snapshots={history.snapshots} />
            ) : (
              <Typography color="text.secondary">
                The chart appears with the first snapshot.
              </Typography>
            )}
          </Paper>
        </Grid>
      </Grid>
      {snapshotName && (
        <SnapshotPanel
          history={history}
          name={snapshotName}
          archival={archivals.get(snapshotName)}
        />
      )}
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="History">
        <Typography variant="h6" component="h2" gutterBottom>
          History
        </Typography>
        {count === 0 ? (
          <EmptyState
            title="No snapshots yet"
            action={
              manager && (
                <Button variant="outlined" onClick={() => setCreating(true)}>
                  Create the first snapshot
                </Button>
              )
            }
          >
            A snapshot saves the dataset as it is, to browse or revert to later.
          </EmptyState>
        ) : (
          <HistoryList history={history} snapshotName={snapshotName} archivals={archivals} />
        )}
      </Paper>
      {creating && (
        <CreateSnapshotDialog
          history={history}
          onClose={() => setCreating(false)}
          onCreated={(snapshot) => {
            setCreating(false);
            void navigate(paths.snapshots.snapshot(history.name, snapshot.name));
          }}
        />
      )}
      {editing && <SimulateEditsDialog history={history} onClose={() => setEditing(false)} />}
    </>
  );
}

function HistoryList({
  history,
  snapshotName,
  archivals,
}: {
  history: SnapshotHistory;
  snapshotName: string | null;
  archivals: ReadonlyMap<string, 'archiving' | 'unarchiving'>;
}) {
  const [params, update] = useUrlParams(parseHistoryParams, historySearch);

  return (
    <>
      <SearchToolbar
        label="Search snapshots"
        placeholder="Name, description or author"
        value={params.q}
        onSearch={(q) => update({ q, page: 1 })}
        maxWidth={320}
      />
      <HistoryTable
        datasetName={history.name}
        snapshots={history.snapshots}
        params={params}
        onChange={update}
        selected={snapshotName}
        archivals={archivals}
      />
    </>
  );
}
