import { LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigation } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { paths } from '../../config/paths.ts';
import { sessionQueries } from '../../features/session/api/viewer.ts';

/** The start page is the first area the viewer can use. */
export function Component() {
  const viewer = useQuery(sessionQueries.viewer());
  // A link clicked while this page waited for the viewer wins: its page's code may still be
  // loading (this page stays on screen until it is), and a redirect now would replace it.
  const navigating = useNavigation().state !== 'idle';
  if (viewer.isPending || navigating) return <LinearProgress aria-label="Loading" />;
  if (viewer.isError)
    return (
      <ErrorState
        what="Finding out who you are"
        error={viewer.error}
        onRetry={() => viewer.refetch()}
      />
    );
  return <Navigate to={paths.start(viewer.data.role)} replace />;
}
