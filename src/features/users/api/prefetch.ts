import type { QueryClient } from '@tanstack/react-query';
import { parseUsersListParams } from './list-params.ts';
import { userQueries } from './queries.ts';

/** Started by the route's loader (signed in), so the first page is on its way while the page's code loads. */
export function prefetch(queryClient: QueryClient, url: URL): void {
  queryClient
    .query(userQueries.list(parseUsersListParams(url.searchParams)))
    .catch(() => undefined);
}
