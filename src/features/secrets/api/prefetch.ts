import type { QueryClient } from '@tanstack/react-query';
import { parseSecretListParams } from './list-params.ts';
import { secretQueries } from './queries.ts';

/**
 * Started by the route's loader, beside loading the page's code: the page's one request (the
 * secrets, and the plugins and orchestrators that use them).
 */
export function prefetch(queryClient: QueryClient, url: URL): void {
  const { sort, dir } = parseSecretListParams(url.searchParams);
  queryClient.query(secretQueries.page(sort, dir)).catch(() => undefined);
}
