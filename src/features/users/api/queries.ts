import { keepPreviousData, queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import { readFragment, type FragmentOf, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import {
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
  /** With a role filter: how much of the organization was read to find the matches. */
  scan: { scanned: number; of: number; capped: boolean } | null;
}

// The API has no role filter over the organization (fiftyone-api.md §15): with a role chosen the
// console reads the users a page at a time (ROLE_SCAN_PAGE each, in name order) and stops at
// ROLE_SCAN_CAP, saying so, rather than holding a whole large organization in the browser.
export const ROLE_SCAN_PAGE = 500;
export const ROLE_SCAN_CAP = 5_000;

interface RoleScan {
  matching: UserRow[];
  scanned: number;
  of: number;
  seats: Seats | null;
}

/** The filter a role scan answers; its progress is kept under the same key plus 'progress'. */
type RoleScanKey = Pick<UsersListParams, 'q' | 'dir'> & { role: string };
export interface RoleScanProgress {
  scanned: number;
  of: number;
}

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
          const scan = await client.query(
            userQueries.roleScan({ role: params.role, q: params.q, dir: params.dir }),
          );
          const start = (params.page - 1) * params.pageSize;
          return {
            rows: scan.matching.slice(start, start + params.pageSize),
            total: scan.matching.length,
            seats: scan.seats,
            scan: { scanned: scan.scanned, of: scan.of, capped: scan.scanned < scan.of },
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
          scan: null,
        };
      },
      placeholderData: keepPreviousData,
    }),
  /** The users with a role, read page by page up to the cap; every list page of it reads this. */
  roleScan: (key: RoleScanKey) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'role-scan', key] as const,
      queryFn: async ({ client }): Promise<RoleScan> => {
        const progressKey = userQueries.roleScanProgress(key).queryKey;
        const search = toUserSearch(key.q);
        const order = { field: 'name' as const, direction: key.dir };
        const matching: UserRow[] = [];
        let scanned = 0;
        let of = 0;
        let seats: Seats | null = null;
        for (let page = 1; scanned < ROLE_SCAN_CAP; page++) {
          const data = await gqlRequest(UsersPageQuery, {
            page,
            pageSize: ROLE_SCAN_PAGE,
            search,
            order,
          });
          seats ??= rememberSeats(client, data.usersAudit);
          const nodes = data.usersPage.nodes.slice(0, ROLE_SCAN_CAP - scanned);
          matching.push(...nodes.filter((user) => user.role === key.role));
          scanned += nodes.length;
          of = data.usersPage.nodeTotal;
          client.setQueryData<RoleScanProgress>(progressKey, { scanned, of });
          if (page >= data.usersPage.pageTotal) break;
        }
        return { matching, scanned, of, seats };
      },
    }),
  /** How far the role scan under way has read (set by it; never fetched). */
  roleScanProgress: (key: RoleScanKey) =>
    queryOptions<RoleScanProgress>({
      queryKey: [...userQueries.all(), 'role-scan', key, 'progress'] as const,
      queryFn: skipToken,
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
