import { isRole, type Role } from '../../../lib/roles.ts';

// The users table's state lives in the URL: ?q=&role=&page=&pageSize=&dir=
export interface UsersListParams {
  q: string;
  role: Role | null;
  /** 1-based, as the API pages. */
  page: number;
  pageSize: number;
  dir: 'ASC' | 'DESC';
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export function parseUsersListParams(search: URLSearchParams): UsersListParams {
  const role = search.get('role') ?? '';
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? '25', 10);
  return {
    q: search.get('q')?.trim() ?? '',
    role: isRole(role) ? role : null,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 25,
    dir: search.get('dir') === 'desc' ? 'DESC' : 'ASC',
  };
}

export function usersListSearch(params: UsersListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.role) search.set('role', params.role);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 25) search.set('pageSize', String(params.pageSize));
  if (params.dir === 'DESC') search.set('dir', 'desc');
  return search;
}

type SearchField = 'name' | 'email' | 'id';

/**
 * The search box: `name:ada` and `email:acme` narrow it to one field (as the web app's search
 * does); anything else searches names and e-mails.
 */
export function toUserSearch(q: string): { term: string; fields: SearchField[] } | null {
  const match = /^(name|email|id):\s*(.*)$/i.exec(q.trim());
  if (match) {
    const field = (match[1] ?? '').toLowerCase();
    const term = (match[2] ?? '').trim();
    if (!term) return null;
    return { term, fields: [field === 'email' ? 'email' : field === 'id' ? 'id' : 'name'] };
  }
  return q.trim() ? { term: q.trim(), fields: ['name', 'email'] } : null;
}
