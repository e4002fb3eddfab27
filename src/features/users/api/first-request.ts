import type { VariablesOf } from '../../../lib/graphql.ts';
import type { FirstRequest } from '../../../lib/early-requests.ts';
import { UsersPageQuery } from './documents.ts';
import { parseUsersListParams, toUserSearch, type UsersListParams } from './list-params.ts';

/** The UsersPage query's variables for the list's params (the list's query sends these). */
export function usersPageVariables(
  params: Pick<UsersListParams, 'q' | 'dir' | 'page' | 'pageSize'>,
): VariablesOf<typeof UsersPageQuery> {
  return {
    page: params.page,
    pageSize: params.pageSize,
    search: toUserSearch(params.q),
    order: { field: 'name', direction: params.dir },
  };
}

/**
 * The users page's first request, sent before the framework on a first load (app/early-start.ts).
 * None with a role filter: that list reads the organization a page at a time.
 */
export function firstRequest(url: URL): FirstRequest | null {
  const params = parseUsersListParams(url.searchParams);
  return params.role ? null : { document: UsersPageQuery, variables: usersPageVariables(params) };
}
