import RefreshIcon from '@mui/icons-material/Refresh';
import { Box, Button, CircularProgress, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { formatDateTime, formatRelative, formatCount } from '../../../lib/format.ts';
import { notify } from '../../../lib/notifications.ts';
import type { SnapshotHistory } from '../api/queries.ts';
import { useCalculateLatestChanges } from '../api/use-latest-changes.ts';
import { formatSigned } from './format.ts';

/**
 * get_dataset_latest_changes_summary() and calculate_dataset_latest_changes_summary(): the
 * cached summary of what changed since the last snapshot, how old it is, and Recalculate.
 */
export function LatestChangesCard({
  history,
  actions,
}: {
  history: SnapshotHistory;
  /** More buttons (the demo's "Simulate edits"). */
  actions?: ReactNode;
}) {
  const headingId = useId();
  const calculate = useCalculateLatestChanges();
  const summary = history.latestChanges;
  const recalculate = () =>
    calculate.mutate(
      { dataset: history.name },
      { onSuccess: () => notify('The changes since the last snapshot were recalculated.') },
    );

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 2, height: '100%' }}
    >
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Changes since the last snapshot
      </Typography>
      {summary ? (
        <>
          <Box
            component="dl"
            sx={{
              display: 'grid',
              gridTemplateColumns: 'auto 1fr',
              columnGap: 2,
              rowGap: 0.5,
              m: 0,
            }}
          >
            <Term>Added</Term>
            <Value>{formatSigned(summary.numSamplesAdded, '+')}</Value>
            <Term>Deleted</Term>
            <Value>{formatSigned(summary.numSamplesDeleted, '−')}</Value>
            <Term>Changed</Term>
            <Value>{formatCount(summary.numSamplesChanged)}</Value>
            <Term>Total samples</Term>
            <Value>{formatCount(summary.totalSamples)}</Value>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
            {summary.updatedAt ? (
              <Tooltip title={formatDateTime(summary.updatedAt)}>
                <span>Calculated {formatRelative(summary.updatedAt)}</span>
              </Tooltip>
            ) : (
              'Calculated at an unknown time'
            )}
            . Edits made since then are not counted until you recalculate.
          </Typography>
        </>
      ) : (
        <Typography color="text.secondary">
          Not calculated yet. Calculate it to see what was added, deleted and changed since the last
          snapshot.
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="outlined"
          startIcon={
            calculate.isPending ? <CircularProgress size={16} color="inherit" /> : <RefreshIcon />
          }
          onClick={recalculate}
          disabled={calculate.isPending}
        >
          {summary ? 'Recalculate' : 'Calculate'}
        </Button>
        {actions}
      </Stack>
    </Paper>
  );
}

function Term({ children }: { children: ReactNode }) {
  return (
    <Typography component="dt" color="text.secondary">
      {children}
    </Typography>
  );
}

function Value({ children }: { children: ReactNode }) {
  return (
    <Typography component="dd" sx={{ m: 0, fontVariantNumeric: 'tabular-nums', fontWeight: 500 }}>
      {children}
    </Typography>
  );
}
