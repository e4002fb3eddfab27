import type { QueryClient } from '@tanstack/react-query';
import { parseOrchestratorsListParams } from './list-params.ts';
import { orchestratorQueries } from './queries.ts';

/** Started by the route's loader, beside loading the page's code. */
export function prefetch(queryClient: QueryClient, url: URL): void {
  queryClient
    .query(orchestratorQueries.list(parseOrchestratorsListParams(url.searchParams)))
    .catch(() => undefined);
}
