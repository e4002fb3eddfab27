import type { QueryClient } from '@tanstack/react-query';
import { parseGroupsListParams } from './list-params.ts';
import { groupQueries } from './queries.ts';

/** Started by the route's loader, beside loading the page's code. */
export function prefetch(queryClient: QueryClient, url: URL): void {
  queryClient
    .query(groupQueries.list(parseGroupsListParams(url.searchParams)))
    .catch(() => undefined);
}
