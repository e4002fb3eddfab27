import { Alert, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';

/** Groups are admin only (fiftyone-api.md §7): anyone else gets an explanation, not an error. */
export function AdminGate({ children }: { children: ReactNode }) {
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
        Only admins can manage groups. Your role is {viewer.data.role.toLowerCase()}; the datasets
        you can see, and the access of those you manage, are under Datasets.
      </Alert>
    );
  }
  return <>{children}</>;
}
