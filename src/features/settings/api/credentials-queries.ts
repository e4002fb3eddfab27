import { infiniteQueryOptions } from '@tanstack/react-query';
import { readFragment, type FragmentOf, type ResultOf } from '../../../lib/graphql.ts';
import type { Role } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { cloudCredentialQueries } from '../../cloud-credentials/api/queries.ts';
import {
  CredentialOwnersFragment,
  CredentialOwnersPageQuery,
  CredentialsFirstPageQuery,
} from './credentials-documents.ts';

export interface KeyOwner {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** One API key with the person it belongs to (the key itself is never read). */
export interface OwnedApiKey {
  id: string;
  name: string;
  createdAt: string;
  owner: KeyOwner;
}

export type InventoryCloudCredential = ResultOf<
  typeof CredentialsFirstPageQuery
>['cloudCredentials'][number];

/** One page of the organization's people, as the keys they hold. */
export interface CredentialsPage {
  keys: OwnedApiKey[];
  /** People on this page, and in the organization. */
  usersRead: number;
  usersTotal: number;
  pageTotal: number;
  /** Only on the first page: the cloud credentials come with it. */
  cloud: InventoryCloudCredential[] | null;
}

/**
 * People per request. A large organization (10,000 people) is read in 20 requests; the first
 * page's keys show while the rest arrive.
 */
export const OWNERS_PAGE = 500;

function keysOf(page: FragmentOf<typeof CredentialOwnersFragment>) {
  const owners = readFragment(CredentialOwnersFragment, page);
  return {
    keys: owners.nodes.flatMap((user) =>
      user.apiKeys.map((key): OwnedApiKey => ({
        ...key,
        owner: { id: user.id, name: user.name, email: user.email, role: user.role },
      })),
    ),
    usersRead: owners.nodes.length,
    usersTotal: owners.nodeTotal,
    pageTotal: owners.pageTotal,
  };
}

export const credentialQueries = {
  all: () => ['credentials'] as const,
  /**
   * Every user's API keys, page by page, and the cloud credentials with the first page (which
   * also fill the cloud credentials tab's cache). Always re-read on a visit: keys are deleted on
   * the users' pages, whose changes do not reach this key.
   */
  inventory: () =>
    infiniteQueryOptions({
      queryKey: [...credentialQueries.all(), 'inventory'] as const,
      initialPageParam: 1,
      queryFn: async ({ pageParam, client }): Promise<CredentialsPage> => {
        if (pageParam === 1) {
          const data = await gqlRequest(CredentialsFirstPageQuery, { pageSize: OWNERS_PAGE });
          client.setQueryData(cloudCredentialQueries.list().queryKey, data.cloudCredentials);
          return { ...keysOf(data.usersPage), cloud: data.cloudCredentials };
        }
        const data = await gqlRequest(CredentialOwnersPageQuery, {
          page: pageParam,
          pageSize: OWNERS_PAGE,
        });
        return { ...keysOf(data.usersPage), cloud: null };
      },
      getNextPageParam: (last, _pages, lastParam) =>
        lastParam < last.pageTotal ? lastParam + 1 : undefined,
      staleTime: 0,
    }),
};
