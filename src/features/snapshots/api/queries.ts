import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { readFragment, type FragmentOf, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import {
  ChangeSummaryFragment,
  DatasetNamesQuery,
  SnapshotDatasetsQuery,
  SnapshotFieldsFragment,
  SnapshotHistoryPublishedQuery,
  SnapshotHistoryQuery,
} from './documents.ts';
import { serverFeatureQueries } from '../../session/api/server-features.ts';
import type { DatasetListParams } from './list-params.ts';

export type ChangeSummary = ResultOf<typeof ChangeSummaryFragment>;
export type Snapshot = Omit<ResultOf<typeof SnapshotFieldsFragment>, 'linearChangeSummary'> & {
  linearChangeSummary: ChangeSummary | null;
  /** [ext]: always null on a server without snapshot archival. */
  archivedAt: string | null;
};
export type DatasetPermission = 'NO_ACCESS' | 'VIEW' | 'TAG' | 'EDIT' | 'MANAGE';

export interface SnapshotHistory {
  id: string;
  name: string;
  samplesCount: number;
  permission: DatasetPermission;
  latestChanges: ChangeSummary | null;
  /** Every snapshot, oldest first. */
  snapshots: Snapshot[];
}

export type SnapshotDatasetRow = ResultOf<
  typeof SnapshotDatasetsQuery
>['datasetsPage']['nodes'][number];

export interface SnapshotDatasetList {
  rows: SnapshotDatasetRow[];
  total: number;
}

// The whole history is read (100 snapshots a request): the chart, the revert dialog's list of
// what will be destroyed and the name check before creating all need every snapshot.
const HISTORY_PAGE = 100;
const HISTORY_LIMIT_PAGES = 50;

export function toSnapshot(
  data: FragmentOf<typeof SnapshotFieldsFragment> & { archivedAt?: string | null },
): Snapshot {
  const fields = readFragment(SnapshotFieldsFragment, data);
  return {
    ...fields,
    archivedAt: data.archivedAt ?? null,
    linearChangeSummary: fields.linearChangeSummary
      ? readFragment(ChangeSummaryFragment, fields.linearChangeSummary)
      : null,
  };
}

async function readHistory(
  datasetName: string,
  withArchival: boolean,
): Promise<SnapshotHistory | null> {
  const snapshots: Snapshot[] = [];
  let after: string | null = null;
  for (let pageCount = 0; pageCount < HISTORY_LIMIT_PAGES; pageCount++) {
    const variables = { dataset: datasetName, first: HISTORY_PAGE, after };
    const data: ResultOf<typeof SnapshotHistoryPublishedQuery> = withArchival
      ? await gqlRequest(SnapshotHistoryQuery, variables)
      : await gqlRequest(SnapshotHistoryPublishedQuery, variables);
    const dataset = data.dataset;
    if (!dataset) return null;
    const { pageInfo, edges } = dataset.snapshotsConnection;
    snapshots.push(...edges.map((edge) => toSnapshot(edge.node)));
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) {
      return {
        id: dataset.id,
        name: dataset.name,
        samplesCount: dataset.samplesCount,
        permission: dataset.viewer.activePermission,
        latestChanges: dataset.latestChanges
          ? readFragment(ChangeSummaryFragment, dataset.latestChanges)
          : null,
        snapshots,
      };
    }
    after = pageInfo.endCursor;
  }
  throw new Error(`${datasetName} has more than ${HISTORY_PAGE * HISTORY_LIMIT_PAGES} snapshots`);
}

export const snapshotQueries = {
  all: () => ['snapshots'] as const,
  datasetLists: () => [...snapshotQueries.all(), 'datasets'] as const,
  datasets: (params: DatasetListParams) =>
    queryOptions({
      queryKey: [...snapshotQueries.datasetLists(), params] as const,
      queryFn: async (): Promise<SnapshotDatasetList> => {
        const data = await gqlRequest(SnapshotDatasetsQuery, {
          page: params.page,
          pageSize: params.pageSize,
          search: params.q ? { term: params.q, fields: ['name'] } : null,
          order: { field: params.sort, direction: params.dir },
        });
        return { rows: data.datasetsPage.nodes, total: data.datasetsPage.nodeTotal };
      },
      placeholderData: keepPreviousData,
    }),
  datasetNames: (term: string) =>
    queryOptions({
      queryKey: [...snapshotQueries.all(), 'dataset-names', term] as const,
      queryFn: async () =>
        (
          await gqlRequest(DatasetNamesQuery, {
            first: 20,
            search: term ? { term, fields: ['name'] } : null,
          })
        ).datasets,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  histories: () => [...snapshotQueries.all(), 'history'] as const,
  /** One dataset's history; null when there is no such dataset or the viewer cannot see it. */
  history: (datasetName: string) =>
    queryOptions({
      queryKey: [...snapshotQueries.histories(), datasetName] as const,
      queryFn: async ({ client }) => {
        const features = await client.query(serverFeatureQueries.features());
        return readHistory(datasetName, features.snapshotArchive);
      },
    }),
};
