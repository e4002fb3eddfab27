import { GRANT_LEVELS, type GrantLevel } from '../../datasets/lib/access-rules.ts';

// The report's state lives in the URL, so every view (a person's access, everyone with MANAGE)
// is a link that can be shared or bookmarked.

export interface ReportParams {
  /** Chosen dataset names; empty means every dataset the viewer manages. */
  datasets: string[];
  /** People whose name or e-mail contains this. */
  q: string;
  /** Only the members of this group (id). */
  group: string;
  /** Only people with at least this level on at least one chosen dataset. */
  level: GrantLevel | null;
  /** "Everything this person can access, and why" (user id); '' for the matrix. */
  person: string;
  /** The people page (1-based). */
  page: number;
  /** The groups page (1-based). */
  gpage: number;
  /** The page of dataset columns (1-based). */
  dpage: number;
}

export const PEOPLE_PAGE_SIZE = 20;
export const GROUPS_PAGE_SIZE = 10;
/** Dataset columns per screen: the matrix stays readable and each request small. */
export const DATASET_COLUMNS = 5;

function positive(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function isGrantLevel(value: string | null): value is GrantLevel {
  return (GRANT_LEVELS as readonly (string | null)[]).includes(value);
}

export function readReportParams(search: URLSearchParams): ReportParams {
  const level = search.get('level');
  return {
    datasets: search.getAll('d').filter((name) => name !== ''),
    q: search.get('q')?.trim() ?? '',
    group: search.get('group') ?? '',
    level: isGrantLevel(level) ? level : null,
    person: search.get('person') ?? '',
    page: positive(search.get('page')),
    gpage: positive(search.get('gpage')),
    dpage: positive(search.get('dpage')),
  };
}

/** The URL's search for `params`, leaving out what is at its default. */
export function writeReportParams(params: ReportParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of params.datasets) search.append('d', name);
  if (params.q) search.set('q', params.q);
  if (params.group) search.set('group', params.group);
  if (params.level) search.set('level', params.level);
  if (params.person) search.set('person', params.person);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.gpage > 1) search.set('gpage', String(params.gpage));
  if (params.dpage > 1) search.set('dpage', String(params.dpage));
  return search;
}
