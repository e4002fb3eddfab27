import type { VariablesOf } from '../../../lib/graphql.ts';
import type { FirstRequest } from '../../../lib/early-requests.ts';
import { SnapshotDatasetsQuery } from './documents.ts';
import { parseDatasetListParams, type DatasetListParams } from './list-params.ts';

/** The dataset chooser's query variables for its params (the chooser's query sends these). */
export function snapshotDatasetsVariables(
  params: DatasetListParams,
): VariablesOf<typeof SnapshotDatasetsQuery> {
  return {
    page: params.page,
    pageSize: params.pageSize,
    search: params.q ? { term: params.q, fields: ['name'] } : null,
    order: { field: params.sort, direction: params.dir },
  };
}

/** The snapshots page's first request (its dataset chooser), sent before the framework (app/early-start.ts). */
export function firstRequest(url: URL): FirstRequest {
  const params = parseDatasetListParams(url.searchParams);
  return { document: SnapshotDatasetsQuery, variables: snapshotDatasetsVariables(params) };
}
