import { Alert, AlertTitle, Button } from '@mui/material';
import { useState } from 'react';
import { errorMessage, errorTitle } from '../lib/api-error.ts';

/**
 * What failed, the API's own words, and a way to try again. When `onRetry` returns a promise
 * (a refetch), the button says so until it settles: a retry that fails again takes a moment
 * (reads are retried with backoff), and a button that answers nothing looks broken.
 */
export function ErrorState({
  what,
  error,
  onRetry,
}: {
  /** What was being done, e.g. "Loading users". */
  what: string;
  error: unknown;
  onRetry?: () => unknown;
}) {
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    if (retrying || !onRetry) return;
    const result = onRetry();
    if (!(result instanceof Promise)) return;
    setRetrying(true);
    const done = () => setRetrying(false);
    result.then(done, done);
  };
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={retry} aria-disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )
      }
    >
      <AlertTitle>
        {what} failed: {errorTitle(error)}
      </AlertTitle>
      {errorMessage(error)}
    </Alert>
  );
}
