import { Alert, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';

/** An area the viewer's role cannot use is explained, never an error page. */
export function AdminOnly({ area, children }: { area: string; children: ReactNode }) {
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
        Only admins can manage {area}. Your role is {viewer.data.role.toLowerCase()}; ask an admin
        of your organization if you need a change here.
      </Alert>
    );
  }
  return <>{children}</>;
}
