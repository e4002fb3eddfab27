import type { CsvCell } from '../../../lib/csv.ts';
import { permissionText } from '../../../lib/permissions.ts';
import { readAllPages, type ReadProgress } from '../../../lib/read-pages.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { UserDatasetsExportQuery } from './documents.ts';

const EXPORT_PAGE = 200;

export const USER_DATASETS_CSV_HEADER = ['Dataset', 'Permission', 'Own grant'];

/** Every dataset a person can access, with their effective permission and own grant. */
export async function exportUserDatasets(
  userId: string,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<CsvCell[][]> {
  const datasets = await readAllPages(
    async (page) =>
      (await gqlRequest(UserDatasetsExportQuery, { id: userId, page, pageSize: EXPORT_PAGE })).user
        ?.datasetsPage ?? null,
    onProgress,
    signal,
  );
  return [
    USER_DATASETS_CSV_HEADER,
    ...datasets.map((dataset) => [
      dataset.name,
      permissionText(dataset.user?.activePermission ?? 'NO_ACCESS'),
      dataset.user?.userPermission ? permissionText(dataset.user.userPermission) : '',
    ]),
  ];
}
