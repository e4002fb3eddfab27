import type { QueryClient } from '@tanstack/react-query';
import { parseDatasetListParams } from './list-params.ts';
import { snapshotQueries } from './queries.ts';

/** Started by the route's loader (the dataset list), beside loading the page's code. */
export function prefetch(queryClient: QueryClient, url: URL): void {
  queryClient
    .query(snapshotQueries.datasets(parseDatasetListParams(url.searchParams)))
    .catch(() => undefined);
}
