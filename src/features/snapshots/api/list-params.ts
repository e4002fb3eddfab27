// The Snapshots area's list state lives in the URL, so every view is a deep link.
//   /snapshots?q=&sort=&dir=&page=&pageSize=       the dataset chooser
//   /snapshots/<dataset>?q=&dir=&page=&pageSize=   one dataset's history

export const PAGE_SIZES = [10, 25, 50] as const;
const DEFAULT_PAGE_SIZE = 10;

export const DATASET_SORTS = ['name', 'samplesCount', 'createdAt'] as const;
export type DatasetSort = (typeof DATASET_SORTS)[number];

export interface DatasetListParams {
  q: string;
  sort: DatasetSort;
  dir: 'ASC' | 'DESC';
  /** 1-based, as the API pages. */
  page: number;
  pageSize: number;
}

export interface HistoryParams {
  q: string;
  /** Creation order: oldest first (as list_snapshots returns them) or newest first. */
  dir: 'ASC' | 'DESC';
  page: number;
  pageSize: number;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? n : fallback;
}

function pageSizeOf(value: string | null): number {
  const n = positiveInt(value, DEFAULT_PAGE_SIZE);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
}

function isDatasetSort(value: string): value is DatasetSort {
  return (DATASET_SORTS as readonly string[]).includes(value);
}

export function parseDatasetListParams(search: URLSearchParams): DatasetListParams {
  const sort = search.get('sort') ?? '';
  return {
    q: search.get('q')?.trim() ?? '',
    sort: isDatasetSort(sort) ? sort : 'name',
    dir: search.get('dir') === 'desc' ? 'DESC' : 'ASC',
    page: positiveInt(search.get('page'), 1),
    pageSize: pageSizeOf(search.get('pageSize')),
  };
}

export function datasetListSearch(params: DatasetListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.sort !== 'name') search.set('sort', params.sort);
  if (params.dir === 'DESC') search.set('dir', 'desc');
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

export function parseHistoryParams(search: URLSearchParams): HistoryParams {
  return {
    q: search.get('q')?.trim() ?? '',
    dir: search.get('dir') === 'desc' ? 'DESC' : 'ASC',
    page: positiveInt(search.get('page'), 1),
    pageSize: pageSizeOf(search.get('pageSize')),
  };
}

export function historySearch(params: HistoryParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.dir === 'DESC') search.set('dir', 'desc');
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}
