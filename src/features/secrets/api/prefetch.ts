import type { QueryClient } from '@tanstack/react-query';
import { pluginQueries } from '../../plugins/api/queries.ts';
import { parseSecretListParams } from './list-params.ts';
import { secretQueries } from './queries.ts';

/** Started by the route's loader, beside loading the page's code: the secrets and their users. */
export function prefetch(queryClient: QueryClient, url: URL): void {
  const { sort, dir } = parseSecretListParams(url.searchParams);
  queryClient.query(secretQueries.list(sort, dir)).catch(() => undefined);
  queryClient.query(secretQueries.orchestratorReferences()).catch(() => undefined);
  queryClient.query(pluginQueries.list(true)).catch(() => undefined);
}
