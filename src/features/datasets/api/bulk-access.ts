import { readAllPages, type ReadProgress } from '../../../lib/read-pages.ts';
import { gqlMutation, gqlRequest } from '../../../lib/transport.ts';
import type { DatasetGrantInput } from '../lib/bulk-access.ts';
import type { GrantLevel } from '../lib/access-rules.ts';
import {
  DatasetsPageQuery,
  RemoveGroupPermissionMutation,
  RemoveUserPermissionMutation,
  SetGroupPermissionMutation,
  SetUserPermissionMutation,
} from './documents.ts';
import type { DatasetsListParams } from './list-params.ts';
import { datasetsPageVariables, type DatasetRow } from './queries.ts';

// The requests a bulk change of dataset access sends, one per row: the API has no bulk
// mutation, so each is the ordinary grant mutation the server checks as usual. The cache is
// refreshed once, by the bulk dialog, when the run ends.

/** How many datasets one page request reads when every matching dataset is needed. */
const READ_PAGE_SIZE = 100;

export function setPersonGrant(dataset: string, input: { userId: string; permission: GrantLevel }) {
  return gqlMutation(SetUserPermissionMutation, { identifier: dataset, ...input });
}

export function removePersonGrant(dataset: string, input: { userId: string }) {
  return gqlMutation(RemoveUserPermissionMutation, { identifier: dataset, ...input });
}

export function setGroupGrant(dataset: string, input: { group: string; permission: GrantLevel }) {
  return gqlMutation(SetGroupPermissionMutation, { identifier: dataset, ...input });
}

export function removeGroupGrant(dataset: string, input: { group: string }) {
  return gqlMutation(RemoveGroupPermissionMutation, { identifier: dataset, ...input });
}

/** One grant of a Datasets-list bulk grant (a person or a group on one dataset). */
export function grantOnDataset(input: DatasetGrantInput) {
  return input.kind === 'person'
    ? setPersonGrant(input.dataset, { userId: input.userId, permission: input.permission })
    : setGroupGrant(input.dataset, { group: input.group, permission: input.permission });
}

/** Every dataset the list's search and filters match ("Select all N matching"). */
export function readMatchingDatasets(
  params: DatasetsListParams,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<DatasetRow[]> {
  return readAllPages(
    async (page) =>
      (
        await gqlRequest(
          DatasetsPageQuery,
          datasetsPageVariables({ ...params, page, pageSize: READ_PAGE_SIZE }),
        )
      ).datasetsPage,
    onProgress,
    signal,
  );
}
