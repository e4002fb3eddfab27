import type { QueryClient } from '@tanstack/react-query';
import { parsePluginsListParams } from './list-params.ts';
import { pluginQueries } from './queries.ts';

/** Started by the route's loader, beside loading the page's code. */
export function prefetch(queryClient: QueryClient, url: URL): void {
  const { builtin } = parsePluginsListParams(url.searchParams);
  queryClient.query(pluginQueries.list(builtin)).catch(() => undefined);
}
