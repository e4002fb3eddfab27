import { Box, Button } from '@mui/material';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? new Error(`${error.status} ${error.statusText}`)
    : error;
  return (
    <Box sx={{ p: 3 }}>
      <ErrorState
        what="Showing this page"
        error={message}
        onRetry={() => window.location.reload()}
      />
      <Button href="/" sx={{ mt: 2 }}>
        Go to the start page
      </Button>
    </Box>
  );
}
