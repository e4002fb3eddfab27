import type { VariablesOf } from '../../../lib/graphql.ts';
import type { FirstRequest } from '../../../lib/early-requests.ts';
import { GroupsPageQuery } from './documents.ts';
import { parseGroupsListParams, toGroupSearch, type GroupsListParams } from './list-params.ts';

/** The GroupsPage query's variables for the list's params (the list's query sends these). */
export function groupsPageVariables(params: GroupsListParams): VariablesOf<typeof GroupsPageQuery> {
  return {
    page: params.page,
    pageSize: params.pageSize,
    search: toGroupSearch(params.q),
    order: { field: params.sort, direction: params.dir },
  };
}

/** The groups page's first request, sent before the framework on a first load (app/early-start.ts). */
export function firstRequest(url: URL): FirstRequest {
  const params = parseGroupsListParams(url.searchParams);
  return { document: GroupsPageQuery, variables: groupsPageVariables(params) };
}
