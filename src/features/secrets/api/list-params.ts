// The secrets table's state lives in the URL: ?q=&sort=&dir=&page=&pageSize=
export type SecretSortField = 'key' | 'createdAt';

export interface SecretListParams {
  q: string;
  sort: SecretSortField;
  dir: 'asc' | 'desc';
  /** 0-based, as the table counts pages. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export function parseSecretListParams(search: URLSearchParams): SecretListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? '25', 10);
  return {
    q: search.get('q') ?? '',
    sort: search.get('sort') === 'createdAt' ? 'createdAt' : 'key',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page >= 1 ? page - 1 : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 25,
  };
}

export function secretListSearch(params: SecretListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.sort !== 'key') search.set('sort', params.sort);
  if (params.dir === 'desc') search.set('dir', 'desc');
  if (params.page !== 0) search.set('page', String(params.page + 1));
  if (params.pageSize !== 25) search.set('pageSize', String(params.pageSize));
  return search;
}
