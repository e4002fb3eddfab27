import type { Plugin } from './queries.ts';

// The plugins table's state lives in the URL: ?q=&builtin=1&sort=&dir=&page=&pageSize=
export const SORT_FIELDS = ['name', 'version', 'operators', 'modifiedAt'] as const;
export type PluginSortField = (typeof SORT_FIELDS)[number];

export interface PluginsListParams {
  q: string;
  builtin: boolean;
  sort: PluginSortField;
  dir: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

function isSortField(value: string): value is PluginSortField {
  return (SORT_FIELDS as readonly string[]).includes(value);
}

export function parsePluginsListParams(search: URLSearchParams): PluginsListParams {
  const sort = search.get('sort') ?? '';
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? String(DEFAULT_PAGE_SIZE), 10);
  return {
    q: search.get('q')?.trim() ?? '',
    builtin: search.get('builtin') === '1',
    sort: isSortField(sort) ? sort : 'name',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function pluginsListSearch(params: PluginsListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.builtin) search.set('builtin', '1');
  if (params.sort !== 'name') search.set('sort', params.sort);
  if (params.dir === 'desc') search.set('dir', 'desc');
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** The search box matches names, descriptions and operator names, in any letter case. */
export function matchesSearch(plugin: Plugin, q: string): boolean {
  const term = q.trim().toLowerCase();
  if (!term) return true;
  return (
    plugin.name.toLowerCase().includes(term) ||
    (plugin.description ?? '').toLowerCase().includes(term) ||
    plugin.operators.some((op) => op.name.toLowerCase().includes(term))
  );
}
