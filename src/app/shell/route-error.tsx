import { Box, Button } from '@mui/material';
import { Link as RouterLink, isRouteErrorResponse, useRouteError } from 'react-router';
import { paths } from '../../config/paths.ts';
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
      <Button component={RouterLink} to={paths.home()} sx={{ mt: 2 }}>
        Go to the start page
      </Button>
    </Box>
  );
}
