import ArchiveIcon from '@mui/icons-material/Archive';
import { Chip, CircularProgress, Stack, Tooltip } from '@mui/material';
import { formatDateTime } from '../../../lib/format.ts';
import type { Snapshot } from '../api/queries.ts';

const LOAD_STATUS: Record<
  Snapshot['loadStatus'],
  { label: string; color: 'default' | 'success' | 'primary' }
> = {
  UNLOADED: { label: 'Not loaded', color: 'default' },
  LOADING: { label: 'Loading', color: 'primary' },
  LOADED: { label: 'Loaded', color: 'success' },
};

/** Load status and archival; `archival` is an archive or unarchive still in progress. */
export function SnapshotStatus({
  snapshot,
  archival,
}: {
  snapshot: Pick<Snapshot, 'loadStatus' | 'archivedAt'>;
  archival?: 'archiving' | 'unarchiving' | undefined;
}) {
  const load = LOAD_STATUS[snapshot.loadStatus];
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {archival ? (
        <Chip
          size="small"
          variant="outlined"
          icon={<CircularProgress size={12} aria-hidden />}
          label={archival === 'archiving' ? 'Archiving…' : 'Unarchiving…'}
        />
      ) : snapshot.archivedAt ? (
        <Tooltip title={`Archived ${formatDateTime(snapshot.archivedAt)}`}>
          <Chip size="small" icon={<ArchiveIcon />} label="Archived" />
        </Tooltip>
      ) : (
        <Chip size="small" variant="outlined" color={load.color} label={load.label} />
      )}
    </Stack>
  );
}
