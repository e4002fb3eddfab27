import { Alert, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';

/** Orchestrators are for admins: anyone else is told so, never shown an error page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const viewer = useQuery(sessionQueries.viewer());
  if (viewer.isPending) return <LinearProgress aria-label="Loading" />;
  if (viewer.isError) {
    return (
      <ErrorState
        what="Finding out who you are"
        error={viewer.error}
        onRetry={() => void viewer.refetch()}
      />
    );
  }
  if (viewer.data.role !== 'ADMIN') {
    return (
      <Alert severity="info">
        Only admins can see and register orchestrators, the machines that run delegated operations.
        Your role is {viewer.data.role.toLowerCase()}; ask an admin of your organization if you need
        one.
      </Alert>
    );
  }
  return <>{children}</>;
}
