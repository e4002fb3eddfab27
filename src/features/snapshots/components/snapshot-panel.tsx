import ArchiveIcon from '@mui/icons-material/Archive';
import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/Delete';
import RestoreIcon from '@mui/icons-material/Restore';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  IconButton,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formatDateTime, formatCount } from '../../../lib/format.ts';
import { notify } from '../../../lib/notifications.ts';
import type { Snapshot, SnapshotHistory } from '../api/queries.ts';
import { useSetSnapshotLoaded } from '../api/use-snapshot-mutations.ts';
import { formatSigned } from './format.ts';
import { canManage, manageReason } from './permission.ts';
import { SnapshotStatus } from './status-chips.tsx';
import { useSnapshotActions } from './use-snapshot-actions.tsx';
import { useServerFeatures } from '../../session/api/server-features.ts';

/** get_snapshot_info(): one snapshot's details, and what the viewer may do with it. */
export function SnapshotPanel({
  history,
  name,
  archival,
}: {
  history: SnapshotHistory;
  name: string;
  archival: 'archiving' | 'unarchiving' | undefined;
}) {
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const index = history.snapshots.findIndex((s) => s.name === name);
  const snapshot = history.snapshots[index];
  const close = { pathname: paths.snapshots.dataset(history.name), search: location.search };

  // A deep link or a click on a row brings the details into view, and the keyboard focus to them.
  useEffect(() => {
    headingRef.current?.focus();
  }, [name]);

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 2, mb: 2, scrollMarginTop: 80 }}
    >
      <Stack direction="row" sx={{ alignItems: 'flex-start', mb: 1 }}>
        <Typography
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          variant="h6"
          component="h2"
          sx={{ flexGrow: 1, outline: 'none', wordBreak: 'break-word' }}
        >
          Snapshot {name}
        </Typography>
        <IconButton component={RouterLink} to={close} aria-label="Close the snapshot details">
          <CloseIcon />
        </IconButton>
      </Stack>
      {snapshot ? (
        <Details history={history} snapshot={snapshot} position={index + 1} archival={archival} />
      ) : (
        <Alert severity="warning">
          {history.name} has no snapshot named {name}. It may have been deleted, or removed by a
          revert to an earlier snapshot.
        </Alert>
      )}
    </Paper>
  );
}

function Details({
  history,
  snapshot,
  position,
  archival,
}: {
  history: SnapshotHistory;
  snapshot: Snapshot;
  position: number;
  archival: 'archiving' | 'unarchiving' | undefined;
}) {
  const summary = snapshot.linearChangeSummary;
  const previous = history.snapshots[position - 2];
  const manager = canManage(history.permission);
  return (
    <>
      {snapshot.description && <Typography sx={{ mb: 1.5 }}>{snapshot.description}</Typography>}
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          rowGap: 0.5,
          m: 0,
        }}
      >
        <Field term="Position">
          {position} of {history.snapshots.length}
        </Field>
        <Field term="Created">
          {formatDateTime(snapshot.createdAt)} by{' '}
          {snapshot.createdBy
            ? `${snapshot.createdBy.name} (${snapshot.createdBy.email})`
            : 'a removed user'}
        </Field>
        <Field term="Status">
          <SnapshotStatus snapshot={snapshot} archival={archival} />
        </Field>
        {snapshot.archivedAt && (
          <Field term="Archived">{formatDateTime(snapshot.archivedAt)}</Field>
        )}
        <Field term={previous ? `Changes since ${previous.name}` : 'Samples at creation'}>
          {summary
            ? `${formatSigned(summary.numSamplesAdded, '+')} added, ${formatSigned(summary.numSamplesDeleted, '−')} deleted, ${formatCount(summary.numSamplesChanged)} changed; ${formatCount(summary.totalSamples)} in total`
            : 'Not known'}
        </Field>
        <Field term="ID">
          <Box component="code" sx={{ wordBreak: 'break-all' }}>
            {snapshot.id}
          </Box>
        </Field>
        <Field term="Slug">
          <Box component="code">{snapshot.slug}</Box>
        </Field>
      </Box>
      {snapshot.archivedAt && (
        <Alert severity="info" sx={{ mt: 2 }}>
          Archived snapshots stay in the history but cannot be loaded, browsed or reverted to until
          they are unarchived.
        </Alert>
      )}
      <Actions history={history} snapshot={snapshot} archival={archival} />
      {!manager && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {manageReason(history.name, history.permission)}
        </Typography>
      )}
    </>
  );
}

function Actions({
  history,
  snapshot,
  archival,
}: {
  history: SnapshotHistory;
  snapshot: Snapshot;
  archival: 'archiving' | 'unarchiving' | undefined;
}) {
  const manager = canManage(history.permission);
  const { askDelete, askRevert, setArchived } = useSnapshotActions(history);
  const loading = useSetSnapshotLoaded();
  const navigate = useNavigate();
  const location = useLocation();
  const archived = snapshot.archivedAt !== null;
  // Archival is [ext]: a server without it gets no Archive button.
  const canArchive = useServerFeatures()?.snapshotArchive ?? false;
  const busy = archival !== undefined || loading.isPending;
  const dataset = history.name;

  const setLoaded = (load: boolean) =>
    loading.mutate(
      { dataset, snapshot: snapshot.name, load },
      {
        onSuccess: () =>
          notify(
            load
              ? `Snapshot ${snapshot.name} is loaded and can be browsed.`
              : `Snapshot ${snapshot.name} was offloaded.`,
          ),
      },
    );

  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
      {snapshot.loadStatus === 'LOADED' && manager ? (
        <Button variant="outlined" onClick={() => setLoaded(false)} disabled={busy}>
          Offload
        </Button>
      ) : snapshot.loadStatus !== 'LOADED' ? (
        <Button
          variant="outlined"
          onClick={() => setLoaded(true)}
          disabled={busy || archived}
          startIcon={loading.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {loading.isPending ? 'Loading…' : 'Load for browsing'}
        </Button>
      ) : null}
      {manager && (
        <>
          {canArchive && (
            <Button
              variant="outlined"
              onClick={() => void setArchived(snapshot, !archived)}
              disabled={busy}
              startIcon={
                archival ? (
                  <CircularProgress size={16} color="inherit" />
                ) : archived ? (
                  <UnarchiveIcon />
                ) : (
                  <ArchiveIcon />
                )
              }
            >
              {archival === 'archiving'
                ? 'Archiving…'
                : archival === 'unarchiving'
                  ? 'Unarchiving…'
                  : archived
                    ? 'Unarchive'
                    : 'Archive'}
            </Button>
          )}
          <Button
            variant="outlined"
            color="error"
            startIcon={<RestoreIcon />}
            onClick={() => void askRevert(snapshot)}
            disabled={busy || archived}
            title={archived ? 'Unarchive it before reverting to it' : undefined}
          >
            Revert to this snapshot
          </Button>
          <Button
            variant="outlined"
            color="error"
            startIcon={<DeleteIcon />}
            onClick={() =>
              void askDelete(snapshot).then(async (deleted) => {
                if (deleted) {
                  await navigate({
                    pathname: paths.snapshots.dataset(dataset),
                    search: location.search,
                  });
                }
              })
            }
            disabled={busy}
          >
            Delete
          </Button>
        </>
      )}
    </Stack>
  );
}

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {children}
      </Typography>
    </>
  );
}
