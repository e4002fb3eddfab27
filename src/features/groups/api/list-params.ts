// The groups table's state lives in the URL: ?q=&sort=&dir=&page=&pageSize=

export const GROUP_SORT_FIELDS = ['name', 'createdAt'] as const;
export type GroupSortField = (typeof GROUP_SORT_FIELDS)[number];

export interface GroupsListParams {
  q: string;
  sort: GroupSortField;
  dir: 'ASC' | 'DESC';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export function parseGroupsListParams(search: URLSearchParams): GroupsListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? '25', 10);
  return {
    q: search.get('q')?.trim() ?? '',
    sort: GROUP_SORT_FIELDS.find((field) => field === search.get('sort')) ?? 'name',
    dir: search.get('dir') === 'desc' ? 'DESC' : 'ASC',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 25,
  };
}

export function groupsListSearch(params: GroupsListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.sort !== 'name') search.set('sort', params.sort);
  if (params.dir === 'DESC') search.set('dir', 'desc');
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 25) search.set('pageSize', String(params.pageSize));
  return search;
}

/**
 * The search box: `user:milo` finds the groups someone is in (as the web app's `field:term`
 * search does); anything else searches names and slugs.
 */
export function toGroupSearch(
  q: string,
): { term: string; fields: ('name' | 'slug' | 'user')[] } | null {
  const match = /^(name|user|member):\s*(.*)$/i.exec(q.trim());
  if (match) {
    const term = (match[2] ?? '').trim();
    if (!term) return null;
    return { term, fields: match[1]?.toLowerCase() === 'name' ? ['name'] : ['user'] };
  }
  return q.trim() ? { term: q.trim(), fields: ['name', 'slug'] } : null;
}
