import { GRANT_LEVELS, type GrantLevel } from '../lib/access-rules.ts';

// The datasets table's state lives in the URL: ?q=&media=&access=&sort=&dir=&page=&pageSize=

export const MEDIA_TYPES = ['IMAGE', 'VIDEO', 'GROUP', 'POINT_CLOUD', 'THREE_D'] as const;
export type MediaFilter = (typeof MEDIA_TYPES)[number];
export const MEDIA_LABELS: Record<MediaFilter, string> = {
  IMAGE: 'Image',
  VIDEO: 'Video',
  GROUP: 'Group',
  POINT_CLOUD: 'Point cloud',
  THREE_D: '3D',
};

/** The API's lower-case media type (`MediaTypeOption`) for display. */
export function mediaLabel(mediaType: string | null | undefined): string {
  if (!mediaType) return '—';
  const key = oneOf(MEDIA_TYPES, mediaType.toUpperCase());
  return key ? MEDIA_LABELS[key] : mediaType;
}

export const SORT_FIELDS = ['name', 'createdAt', 'lastLoadedAt', 'samplesCount'] as const;
export type DatasetSortField = (typeof SORT_FIELDS)[number];

export interface DatasetsListParams {
  q: string;
  media: MediaFilter | null;
  /** Only datasets where the viewer has at least this level. */
  access: GrantLevel | null;
  sort: DatasetSortField;
  dir: 'ASC' | 'DESC';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

export function parseDatasetsListParams(search: URLSearchParams): DatasetsListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(search.get('pageSize') ?? '25', 10);
  return {
    q: search.get('q')?.trim() ?? '',
    media: oneOf(MEDIA_TYPES, search.get('media')),
    access: oneOf(GRANT_LEVELS, search.get('access')),
    sort: oneOf(SORT_FIELDS, search.get('sort')) ?? 'name',
    dir: search.get('dir') === 'desc' ? 'DESC' : 'ASC',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 25,
  };
}

export function datasetsListSearch(params: DatasetsListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.media) search.set('media', params.media);
  if (params.access) search.set('access', params.access);
  if (params.sort !== 'name') search.set('sort', params.sort);
  if (params.dir === 'DESC') search.set('dir', 'desc');
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 25) search.set('pageSize', String(params.pageSize));
  return search;
}
