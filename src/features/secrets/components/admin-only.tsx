import { Alert, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';

/** Secrets are for admins: anyone else gets an explanation, never an error page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const viewer = useQuery(sessionQueries.viewer());
  if (viewer.isPending) return <LinearProgress aria-label="Loading" />;
  if (viewer.isError)
    return (
      <ErrorState
        what="Finding out who you are"
        error={viewer.error}
        onRetry={() => void viewer.refetch()}
      />
    );
  if (viewer.data.role !== 'ADMIN') {
    return (
      <Alert severity="info">
        Only admins can manage secrets. Your role is {viewer.data.role.toLowerCase()}; ask an admin
        of your organization if a plugin needs a secret.
      </Alert>
    );
  }
  return <>{children}</>;
}
