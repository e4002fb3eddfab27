import type { QueryClient } from '@tanstack/react-query';
import { parseDatasetsListParams } from './list-params.ts';
import { datasetQueries } from './queries.ts';

/** Started by the route's loader, beside loading the page's code. */
export function prefetch(queryClient: QueryClient, url: URL): void {
  queryClient
    .query(datasetQueries.list(parseDatasetsListParams(url.searchParams)))
    .catch(() => undefined);
}
