import { Box, LinearProgress, Typography } from '@mui/material';
import type { ScanProgress } from '../api/queries.ts';

/** How far a look for the rows at a level has come: a bar and "Checked 100 of 2,000 people". */
export function ScanProgressLine({
  label,
  noun,
  progress,
}: {
  label: string;
  noun: string;
  progress: ScanProgress;
}) {
  const { scanned, of } = progress;
  return (
    <Box>
      <LinearProgress
        variant={of > 0 ? 'determinate' : 'indeterminate'}
        value={of > 0 ? (100 * scanned) / of : 0}
        aria-label={label}
      />
      <Typography variant="body2" role="status">
        Checked {scanned.toLocaleString('en')} of {of > 0 ? of.toLocaleString('en') : '…'} {noun}
      </Typography>
    </Box>
  );
}
