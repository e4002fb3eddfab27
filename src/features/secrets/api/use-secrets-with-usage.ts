import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { pluginQueries } from '../../plugins/api/queries.ts';
import type { SecretSortField } from './list-params.ts';
import { secretQueries } from './queries.ts';
import type { SecretUsage } from './usage.ts';

/**
 * The secrets page's one request (secrets, plugins, orchestrators), and who uses each secret. The
 * plugins are read back from the plugins area's cache, which that request fills: held back while
 * it runs, they are not asked for again, and a plugin changed elsewhere shows here. Shared by the
 * secrets page and Settings › Credentials, so either page warms the other.
 */
export function useSecretsWithUsage(sort: SecretSortField, dir: 'asc' | 'desc') {
  const page = useQuery(secretQueries.page(sort, dir));
  const offered = page.data?.usageOffered ?? true;
  const plugins = useQuery({
    ...pluginQueries.list(true),
    enabled: page.isSuccess && !page.isFetching && offered,
  });
  const orchestrators = page.data?.orchestrators;
  const usage = useMemo<SecretUsage | undefined>(
    () =>
      plugins.data && orchestrators
        ? {
            plugins: plugins.data.map((p) => ({
              name: p.name,
              enabled: p.enabled,
              declared: p.secrets ?? [],
            })),
            orchestrators,
          }
        : undefined,
    [plugins.data, orchestrators],
  );
  const usageError = plugins.error ?? page.data?.usageError ?? null;
  return {
    page,
    usage: {
      data: usage,
      error: usageError,
      offered,
      isPending: offered && !usage && !usageError,
      refetch: () => (plugins.error ? plugins.refetch() : page.refetch()),
    },
  };
}
