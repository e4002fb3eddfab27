import { Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { memo, useMemo } from 'react';
import type { BulkRow } from '../lib/bulk-run.ts';

/** Rows drawn at most: the failures come first, so a long run still shows what needs a look. */
const SHOWN = 200;

const STATUS: Record<BulkRow['status'], { label: string; color: 'success' | 'error' | 'default' }> =
  {
    pending: { label: 'Waiting', color: 'default' },
    sending: { label: 'Sending', color: 'default' },
    done: { label: 'Done', color: 'success' },
    failed: { label: 'Failed', color: 'error' },
    'not-sent': { label: 'Not sent', color: 'default' },
  };

const ORDER: BulkRow['status'][] = ['failed', 'sending', 'not-sent', 'done', 'pending'];

/**
 * One row's outcome. The runner replaces a row's object only when its status changes, so during a
 * run of thousands each update redraws the few rows that moved, not all that are shown (the
 * screen is told ten times a second, and the page must stay quick to type in meanwhile).
 */
const ResultItem = memo(function ResultItem({ row }: { row: BulkRow }) {
  return (
    <ListItem
      secondaryAction={
        <Chip size="small" label={STATUS[row.status].label} color={STATUS[row.status].color} />
      }
    >
      <ListItemText primary={row.label} secondary={row.message} />
    </ListItem>
  );
});

/** Each row's outcome, with the server's message for a refusal. */
export function BulkResults({ rows }: { rows: readonly BulkRow[] }) {
  const sorted = useMemo(
    () => [...rows].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)),
    [rows],
  );
  return (
    <>
      <List dense aria-label="Results" sx={{ maxHeight: 320, overflow: 'auto' }}>
        {sorted.slice(0, SHOWN).map((row) => (
          <ResultItem key={row.key} row={row} />
        ))}
      </List>
      {sorted.length > SHOWN && (
        <Typography variant="body2" color="text.secondary">
          And {(sorted.length - SHOWN).toLocaleString('en')} more.
        </Typography>
      )}
    </>
  );
}
