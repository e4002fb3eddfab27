import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { readFragment, type FragmentOf, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import {
  AllUsersQuery,
  InvitationsQuery,
  SeatsFragment,
  SeatsQuery,
  UserDetailQuery,
  UserLookupQuery,
  UsersPageQuery,
} from './documents.ts';
import { toUserSearch, type UsersListParams } from './list-params.ts';

export type Seats = ResultOf<typeof SeatsFragment>;
export type UserRow = ResultOf<typeof UsersPageQuery>['usersPage']['nodes'][number];
export interface UsersList {
  rows: UserRow[];
  total: number;
  seats: Seats | null;
}

// The most users the role filter reads at once (the large benchmark organization has 10,000).
const ROLE_FILTER_LIMIT = 20_000;

export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  list: (params: UsersListParams) =>
    queryOptions({
      queryKey: [...userQueries.lists(), params] as const,
      queryFn: async ({ client }): Promise<UsersList> => {
        const search = toUserSearch(params.q);
        const order = { field: 'name' as const, direction: params.dir };
        if (params.role) {
          const data = await gqlRequest(AllUsersQuery, { first: ROLE_FILTER_LIMIT, search, order });
          const matching = data.users.filter((user) => user.role === params.role);
          const start = (params.page - 1) * params.pageSize;
          return {
            rows: matching.slice(start, start + params.pageSize),
            total: matching.length,
            seats: rememberSeats(client, data.usersAudit),
          };
        }
        const data = await gqlRequest(UsersPageQuery, {
          page: params.page,
          pageSize: params.pageSize,
          search,
          order,
        });
        return {
          rows: data.usersPage.nodes,
          total: data.usersPage.nodeTotal,
          seats: rememberSeats(client, data.usersAudit),
        };
      },
      placeholderData: keepPreviousData,
    }),
  seats: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'seats'] as const,
      queryFn: async () => {
        const data = await gqlRequest(SeatsQuery, {});
        return data.usersAudit ? readFragment(SeatsFragment, data.usersAudit) : null;
      },
    }),
  details: () => [...userQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.details(), id] as const,
      queryFn: async () => (await gqlRequest(UserDetailQuery, { id })).user,
    }),
  /** get_user(): by id or e-mail; null when there is no such user. */
  lookup: (idOrEmail: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'lookup', idOrEmail.toLowerCase()] as const,
      queryFn: async () => (await gqlRequest(UserLookupQuery, { userId: idOrEmail })).user,
      staleTime: 10_000,
    }),
  invitations: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'invitations'] as const,
      queryFn: async () => (await gqlRequest(InvitationsQuery, {})).invitations,
    }),
};

export type UserDetail = NonNullable<ResultOf<typeof UserDetailQuery>['user']>;
export type Invitation = ResultOf<typeof InvitationsQuery>['invitations'][number];

// The list's response carries the seats too: the header and dialogs read them from the cache.
function rememberSeats(
  queryClient: QueryClient,
  audit: FragmentOf<typeof SeatsFragment> | null,
): Seats | null {
  const seats = audit ? readFragment(SeatsFragment, audit) : null;
  queryClient.setQueryData(userQueries.seats().queryKey, seats);
  return seats;
}
