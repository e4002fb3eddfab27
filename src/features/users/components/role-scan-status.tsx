import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { formatCount } from '../../../lib/format.ts';
import { userQueries, type UsersList } from '../api/queries.ts';

type ScanKey = Parameters<typeof userQueries.roleScan>[0];

/**
 * The role filter reads the organization page by page (the API cannot filter by role): how far
 * it has read while it runs, and, when it stopped at its cap, that the list is not complete.
 */
export function RoleScanStatus({
  scanKey,
  fetching,
  scan,
}: {
  scanKey: ScanKey;
  fetching: boolean;
  scan: UsersList['scan'];
}) {
  const progress = useQuery(userQueries.roleScanProgress(scanKey)).data;
  const progressId = useId();
  if (fetching && progress && progress.scanned < progress.of) {
    return (
      <Box sx={{ mb: 2 }}>
        <Typography variant="body2" color="text.secondary" id={progressId}>
          Reading users for the role filter: {formatCount(progress.scanned)} of{' '}
          {formatCount(progress.of)}…
        </Typography>
        <LinearProgress
          variant="determinate"
          value={(100 * progress.scanned) / Math.max(progress.of, 1)}
          aria-labelledby={progressId}
        />
      </Box>
    );
  }
  if (scan?.capped) {
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        The role filter looked at the first {formatCount(scan.scanned)} of {formatCount(scan.of)}{' '}
        users (in name order) and shows the matches among them. Search by name or e-mail to narrow
        the list.
      </Alert>
    );
  }
  return null;
}
