import { queryOptions } from '@tanstack/react-query';
import type { ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { CloudCredentialsQuery } from './documents.ts';

export type CloudCredential = ResultOf<typeof CloudCredentialsQuery>['cloudCredentials'][number];

export const cloudCredentialQueries = {
  all: () => ['cloud-credentials'] as const,
  list: () =>
    queryOptions({
      queryKey: [...cloudCredentialQueries.all(), 'list'] as const,
      queryFn: async () => (await gqlRequest(CloudCredentialsQuery, {})).cloudCredentials,
    }),
};

/** Prefixes are compared as sets, as the API does. */
export function samePrefixes(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((prefix) => set.has(prefix));
}

/** The stored set for this provider and these buckets, if any (add would overwrite it). */
export function findExisting(
  list: readonly CloudCredential[] | undefined,
  provider: CloudCredential['provider'],
  prefixes: readonly string[],
): CloudCredential | undefined {
  return list?.find((item) => item.provider === provider && samePrefixes(item.prefixes, prefixes));
}
