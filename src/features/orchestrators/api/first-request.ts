import type { FirstRequest } from '../../../lib/early-requests.ts';
import type { VariablesOf } from '../../../lib/graphql.ts';
import type { ServerFeatures } from '../../../lib/server-features.ts';
import { OrchestratorsPagePublishedQuery, OrchestratorsPageQuery } from './documents.ts';
import { parseOrchestratorsListParams, type OrchestratorsListParams } from './list-params.ts';

/** The orchestrators list's query variables for its params (either document takes them). */
export function orchestratorsPageVariables(
  params: OrchestratorsListParams,
): VariablesOf<typeof OrchestratorsPageQuery> {
  const q = params.q.trim();
  return {
    page: params.page,
    pageSize: params.pageSize,
    filter: { includeDeactivated: params.deactivated },
    search: q ? { term: q, fields: ['instanceIdentifier', 'availableOperators'] } : null,
    order: { field: params.sort, direction: params.dir },
  };
}

/** Which document depends on what the server offers: sent once the early Viewer answer says. */
export const needsFeatures = true;

/**
 * The orchestrators page's first request, sent before the framework on a first load
 * (app/early-start.ts): what `orchestratorQueries.list` asks for.
 */
export function firstRequest(url: URL, features: ServerFeatures): FirstRequest {
  const params = parseOrchestratorsListParams(url.searchParams);
  return {
    document: features.orchestratorDetails
      ? OrchestratorsPageQuery
      : OrchestratorsPagePublishedQuery,
    variables: orchestratorsPageVariables(params),
  };
}
