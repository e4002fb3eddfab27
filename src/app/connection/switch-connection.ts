import type { QueryClient } from '@tanstack/react-query';
import { setConnection, type Connection } from '../../lib/connection.ts';
import { clearAuthFailure } from '../auth-failure.ts';

/** Another API or another key: nothing cached for the previous one may show. */
export function switchConnection(queryClient: QueryClient, next: Connection | null): void {
  queryClient.clear();
  setConnection(next);
  clearAuthFailure();
}
