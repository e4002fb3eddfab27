import { Button } from '@mui/material';
import { useState } from 'react';
import { InterruptedRunSummary } from './bulk-run-dialog.tsx';
import { forgetBulkRun, interruptedBulkRuns } from '../lib/bulk-run.ts';

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
