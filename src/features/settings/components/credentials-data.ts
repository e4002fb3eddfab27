import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useSecretsWithUsage } from '../../secrets/api/use-secrets-with-usage.ts';
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

  const { page: secrets, usage } = useSecretsWithUsage('key', 'asc');

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
    usage,
  };
}
