// The orchestrators table's state lives in the URL: ?q=&deactivated=1&sort=&dir=&page=&pageSize=
export const SORT_FIELDS = ['instanceIdentifier', 'createdAt', 'updatedAt'] as const;
export type OrchestratorSortField = (typeof SORT_FIELDS)[number];

export interface OrchestratorsListParams {
  q: string;
  deactivated: boolean;
  sort: OrchestratorSortField;
  dir: 'ASC' | 'DESC';
  /** 1-based, as the API pages. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50] as const;
const DEFAULT_PAGE_SIZE = 10;

export function isSortField(value: string): value is OrchestratorSortField {
  return (SORT_FIELDS as readonly string[]).includes(value);
}

export function parseOrchestratorsListParams(search: URLSearchParams): OrchestratorsListParams {
  const sort = search.get('sort') ?? '';
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? String(DEFAULT_PAGE_SIZE), 10);
  return {
    q: search.get('q')?.trim() ?? '',
    deactivated: search.get('deactivated') === '1',
    sort: isSortField(sort) ? sort : 'instanceIdentifier',
    dir: search.get('dir') === 'desc' ? 'DESC' : 'ASC',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function orchestratorsListSearch(params: OrchestratorsListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.deactivated) search.set('deactivated', '1');
  if (params.sort !== 'instanceIdentifier') search.set('sort', params.sort);
  if (params.dir === 'DESC') search.set('dir', 'desc');
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}
