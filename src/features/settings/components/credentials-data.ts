import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { pluginQueries } from '../../plugins/api/queries.ts';
import { secretQueries } from '../../secrets/api/queries.ts';
import type { SecretUsage } from '../../secrets/api/usage.ts';
import { credentialQueries, type OwnedApiKey } from '../api/credentials-queries.ts';

/**
 * Everything the credentials page reads: every user's API keys and the cloud credentials (one
 * request per page of people), and the secrets with the plugins and orchestrators that use them
 * (the secrets page's one request, under its own key, so either page warms the other).
 */
export function useCredentialsData() {
  const inventory = useInfiniteQuery(credentialQueries.inventory());
  const { hasNextPage, isFetching, isError, fetchNextPage } = inventory;
  const pagesRead = inventory.data?.pages.length ?? 0;
  // The next page of people as soon as one arrives, until the whole organization is read. The
  // count of pages is a dependency: a page can arrive without a render that saw it being fetched.
  useEffect(() => {
    if (pagesRead > 0 && hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [pagesRead, hasNextPage, isFetching, isError, fetchNextPage]);

  const secrets = useQuery(secretQueries.page('key', 'asc'));
  const offered = secrets.data?.usageOffered ?? true;
  // The plugins with their declared secrets: put in the plugins area's cache by the secrets
  // request, so held back until it is done (then not asked for again), as the secrets page does.
  const plugins = useQuery({
    ...pluginQueries.list(true),
    enabled: secrets.isSuccess && !secrets.isFetching && offered,
  });
  const orchestrators = secrets.data?.orchestrators;
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

  const pages = inventory.data?.pages;
  const keys = useMemo<OwnedApiKey[]>(() => pages?.flatMap((page) => page.keys) ?? [], [pages]);
  const first = pages?.[0];
  const usersRead = pages?.reduce((sum, page) => sum + page.usersRead, 0) ?? 0;
  return {
    inventory,
    keys,
    cloud: first?.cloud ?? null,
    progress: { read: usersRead, of: first?.usersTotal ?? 0, done: !!first && !hasNextPage },
    secrets,
    usage: {
      data: usage,
      offered,
      error: plugins.error ?? secrets.data?.usageError ?? null,
      isPending: offered && !usage && !plugins.error && !secrets.data?.usageError,
      refetch: () => (plugins.error ? plugins.refetch() : secrets.refetch()),
    },
  };
}
