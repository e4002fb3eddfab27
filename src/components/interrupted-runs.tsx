import { Alert, Button } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  countRows,
  forgetBulkRun,
  interruptedBulkRuns,
  type BulkRunState,
} from '../lib/bulk-run.ts';

/** Bulk runs of `scope` that a reload cut short: what was applied and what was not. */
export function InterruptedRuns({ scope }: { scope: string }) {
  const [runs, setRuns] = useState(() => interruptedBulkRuns(scope));
  return runs.map((run) => (
    <InterruptedRunSummary
      key={run.id}
      run={run}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            forgetBulkRun(run.id);
            setRuns((before) => before.filter((other) => other.id !== run.id));
          }}
        >
          Dismiss
        </Button>
      }
    />
  ));
}

/** After a reload mid-run: what was applied and what was not. */
export function InterruptedRunSummary({ run, action }: { run: BulkRunState; action?: ReactNode }) {
  const counts = countRows(run.rows);
  const notApplied = run.rows.filter((row) => row.status !== 'done' && row.status !== 'sending');
  return (
    <Alert severity="warning" sx={{ mb: 2 }} action={action}>
      {`“${run.title}” was interrupted by a reload: ${counts.done} applied, ${notApplied.length} not applied`}
      {counts.sending ? `, ${counts.sending} sent without a known answer (check them)` : ''}.
      {notApplied.length > 0 &&
        ` Not applied: ${notApplied
          .slice(0, 20)
          .map((row) => row.label)
          .join(', ')}${notApplied.length > 20 ? ` and ${notApplied.length - 20} more` : ''}.`}
    </Alert>
  );
}
