import type { QueryClient } from '@tanstack/react-query';
import { sessionQueries, type Viewer } from '../../features/session/api/viewer.ts';
import { getConnection, setConnection, type Connection } from '../../lib/connection.ts';
import { clearAuthFailure, getAuthFailure } from '../auth-failure.ts';

/** Another API or another key: nothing cached for the previous one may show. */
export function switchConnection(queryClient: QueryClient, next: Connection | null): void {
  queryClient.clear();
  setConnection(next);
  clearAuthFailure();
}

/**
 * A key chosen after the API refused the one in use (revoked, expired). When it is the same
 * person's on the same API, the console carries on where it was: every view stays, with what was
 * typed in its forms and dialogs, and what failed is asked again with the new key. Anyone else's
 * key, or another API, starts afresh (switchConnection).
 */
export function continueWith(
  queryClient: QueryClient,
  next: Connection,
  samePerson: (viewer: Viewer) => boolean,
): void {
  const viewer = queryClient.getQueryData(sessionQueries.viewer().queryKey);
  const renewing =
    getAuthFailure() !== null &&
    viewer !== undefined &&
    samePerson(viewer) &&
    getConnection()?.apiUrl === next.apiUrl;
  if (!renewing) {
    switchConnection(queryClient, next);
    return;
  }
  setConnection(next, { renew: true });
  clearAuthFailure();
  void queryClient.invalidateQueries();
}
