// The credentials page's state lives in the URL: ?age=&flagged=&sort=&dir=&page=&pageSize=
// (`age` flags API keys older than so many days; the rest is the keys table's view).

export const KEY_AGES = [
  { days: 90, label: '90 days' },
  { days: 180, label: '6 months' },
  { days: 365, label: '1 year' },
  { days: 730, label: '2 years' },
] as const;
export const DEFAULT_KEY_AGE = 365;

export type KeySortField = 'createdAt' | 'owner' | 'name';
const SORTS: readonly KeySortField[] = ['createdAt', 'owner', 'name'];
export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export interface CredentialsParams {
  /** Keys older than this many days are flagged. */
  age: number;
  /** Show only the keys with a flag. */
  flagged: boolean;
  sort: KeySortField;
  dir: 'asc' | 'desc';
  /** 0-based, as the table counts pages. */
  page: number;
  pageSize: number;
}

export function keyAgeLabel(days: number): string {
  return KEY_AGES.find((age) => age.days === days)?.label ?? `${days} days`;
}

export function parseCredentialsParams(search: URLSearchParams): CredentialsParams {
  const age = Number(search.get('age') ?? DEFAULT_KEY_AGE);
  const sort = SORTS.find((field) => field === search.get('sort')) ?? 'createdAt';
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? String(DEFAULT_PAGE_SIZE), 10);
  return {
    age: KEY_AGES.some((option) => option.days === age) ? age : DEFAULT_KEY_AGE,
    flagged: search.get('flagged') === '1',
    sort,
    // Oldest first unless asked otherwise: the keys to look at come first.
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page >= 1 ? page - 1 : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function credentialsSearch(params: CredentialsParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.age !== DEFAULT_KEY_AGE) search.set('age', String(params.age));
  if (params.flagged) search.set('flagged', '1');
  if (params.sort !== 'createdAt') search.set('sort', params.sort);
  if (params.dir === 'desc') search.set('dir', 'desc');
  if (params.page !== 0) search.set('page', String(params.page + 1));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}
