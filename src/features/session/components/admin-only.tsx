import { Alert, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { ROLE_LABELS, type Role } from '../../../lib/roles.ts';
import { sessionQueries } from '../api/viewer.ts';

/**
 * An area the viewer's role cannot use is explained, never an error page (the API would refuse
 * its requests anyway). `explanation` says, for that area, what only admins can do there.
 */
export function AdminOnly({
  explanation,
  children,
}: {
  explanation: (role: string) => ReactNode;
  children: ReactNode;
}) {
  const viewer = useQuery(sessionQueries.viewer());
  if (viewer.isPending) return <LinearProgress aria-label="Loading" />;
  if (viewer.isError) {
    return (
      <ErrorState
        what="Finding out who you are"
        error={viewer.error}
        onRetry={() => viewer.refetch()}
      />
    );
  }
  if (viewer.data.role !== 'ADMIN') {
    return <Alert severity="info">{explanation(roleName(viewer.data.role))}</Alert>;
  }
  return <>{children}</>;
}

function roleName(role: Role): string {
  return ROLE_LABELS[role].toLowerCase();
}
