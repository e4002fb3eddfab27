import { isProvider, type Provider } from './providers.ts';

// The credentials table's state lives in the URL: ?q=&provider=&sort=&dir=&page=&pageSize=
export type CredentialSortField = 'provider' | 'createdAt';

export interface CredentialListParams {
  q: string;
  provider: Provider | null;
  sort: CredentialSortField;
  dir: 'asc' | 'desc';
  /** 0-based, as the table counts pages. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50] as const;

export function parseCredentialListParams(search: URLSearchParams): CredentialListParams {
  const provider = search.get('provider') ?? '';
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? '10', 10);
  return {
    q: search.get('q') ?? '',
    provider: isProvider(provider) ? provider : null,
    sort: search.get('sort') === 'createdAt' ? 'createdAt' : 'provider',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page >= 1 ? page - 1 : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 10,
  };
}

export function credentialListSearch(params: CredentialListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.provider) search.set('provider', params.provider);
  if (params.sort !== 'provider') search.set('sort', params.sort);
  if (params.dir === 'desc') search.set('dir', 'desc');
  if (params.page !== 0) search.set('page', String(params.page + 1));
  if (params.pageSize !== 10) search.set('pageSize', String(params.pageSize));
  return search;
}
