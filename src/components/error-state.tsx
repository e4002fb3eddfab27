import { Alert, AlertTitle, Button } from '@mui/material';
import { errorMessage, errorTitle } from '../lib/api-error.ts';

/** What failed, the API's own words, and a way to try again. */
export function ErrorState({
  what,
  error,
  onRetry,
}: {
  /** What was being done, e.g. "Loading users". */
  what: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
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
