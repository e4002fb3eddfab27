import { LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { env } from '../../config/env.ts';
import { paths } from '../../config/paths.ts';
import { sessionQueries } from '../../features/session/api/viewer.ts';

/** Whether the address bar still shows the start page (not a link clicked meanwhile). */
function stillAtStart(): boolean {
  const path = env.hashRouter ? window.location.hash.replace(/^#/, '') : window.location.pathname;
  const start = path.split('?')[0];
  return start === '' || start === '/';
}

/** The start page is the first area the viewer can use. */
export function Component() {
  const viewer = useQuery(sessionQueries.viewer());
  // A link clicked while this page waited for the viewer wins: its page may still be loading
  // (this one stays on screen until it is), and a redirect now would replace it.
  if (!stillAtStart()) return null;
  if (viewer.isPending) return <LinearProgress aria-label="Loading" />;
  if (viewer.isError)
    return (
      <ErrorState
        what="Finding out who you are"
        error={viewer.error}
        onRetry={() => void viewer.refetch()}
      />
    );
  return (
    <Navigate
      to={viewer.data.role === 'ADMIN' ? paths.users.list() : paths.datasets.list()}
      replace
    />
  );
}
