import type { VariablesOf } from '../../../lib/graphql.ts';
import type { FirstRequest } from '../../../lib/early-requests.ts';
import { DatasetsPageQuery } from './documents.ts';
import { parseDatasetsListParams, type DatasetsListParams } from './list-params.ts';

/** The DatasetsPage query's variables for the list's params (one page of the matching datasets). */
export function datasetsPageVariables(
  params: DatasetsListParams,
): VariablesOf<typeof DatasetsPageQuery> {
  return {
    page: params.page,
    pageSize: params.pageSize,
    search: params.q ? { term: params.q, fields: ['name', 'slug', 'tags'] } : null,
    order: { field: params.sort, direction: params.dir },
    filter: {
      mediaType: params.media ? { eq: params.media } : null,
      userPermission: params.access ? { ge: params.access } : null,
    },
  };
}

/** The datasets page's first request, sent before the framework on a first load (app/early-start.ts). */
export function firstRequest(url: URL): FirstRequest {
  const params = parseDatasetsListParams(url.searchParams);
  return { document: DatasetsPageQuery, variables: datasetsPageVariables(params) };
}
