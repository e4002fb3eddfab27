import { accessibleDatasets, PERMISSION_ORDER, userGrant } from '../rules/dataset-access.ts';
import type {
  DatasetPermission,
  DatasetRecord,
  MediaType,
  Role,
  Store,
  UserRecord,
} from '../types.ts';
import {
  matchesComparison,
  matchesStringFilter,
  type ComparisonFilter,
  type StringFilter,
} from './filters.ts';
import {
  compareCodeUnits,
  compareNullable,
  compareText,
  matchesSearch,
  type OrderInput,
  type SearchInput,
} from './search.ts';
import { queryUsers, type UserOrder } from './users.ts';

// Listing datasets as seen by one user (`subject`): only those they can access; the permission
// filter, the pin filter and the pin order are about that user.

export type DatasetMediaType = 'IMAGE' | 'VIDEO' | 'GROUP' | 'POINT_CLOUD' | 'THREE_D';
const MEDIA_TYPE_ORDER: readonly DatasetMediaType[] = [
  'IMAGE',
  'VIDEO',
  'GROUP',
  'POINT_CLOUD',
  'THREE_D',
];

export interface DatasetFilter {
  createdBy?: StringFilter | null;
  name?: StringFilter | null;
  slug?: StringFilter | null;
  userPermission?: ComparisonFilter<DatasetPermission> | null;
  userPinned?: boolean | null;
  mediaType?: ComparisonFilter<DatasetMediaType> | null;
}

export type DatasetSearch = SearchInput<'id' | 'mediaType' | 'name' | 'slug' | 'tags'>;
export type DatasetOrder = OrderInput<
  | 'createdAt'
  | 'lastLoadedAt'
  | 'name'
  | 'userPinnedAt'
  | 'sampleFieldsCount'
  | 'samplesCount'
  | 'slug'
>;

export interface DatasetQueryArgs {
  filter?: DatasetFilter | null;
  search?: DatasetSearch | null;
  order?: DatasetOrder | null;
}

const MEDIA_TYPES: Record<MediaType, DatasetMediaType> = {
  image: 'IMAGE',
  video: 'VIDEO',
  group: 'GROUP',
  point_cloud: 'POINT_CLOUD',
  three_d: 'THREE_D',
};

/** When the user pinned the dataset, null when they have not. */
export function pinnedAt(dataset: DatasetRecord, userId: string): string | null {
  return Object.hasOwn(dataset.pins, userId) ? (dataset.pins[userId] ?? null) : null;
}

function matchesFilter(
  dataset: DatasetRecord,
  permission: DatasetPermission,
  subject: UserRecord,
  filter: DatasetFilter | null | undefined,
): boolean {
  if (!filter) return true;
  if (filter.createdBy && !matchesStringFilter(dataset.createdById ?? '', filter.createdBy))
    return false;
  if (!matchesStringFilter(dataset.name, filter.name)) return false;
  if (!matchesStringFilter(dataset.slug, filter.slug)) return false;
  if (!matchesComparison(permission, filter.userPermission, PERMISSION_ORDER)) return false;
  if (filter.userPinned != null && (pinnedAt(dataset, subject.id) !== null) !== filter.userPinned)
    return false;
  if (filter.mediaType) {
    if (!dataset.mediaType) return false;
    if (!matchesComparison(MEDIA_TYPES[dataset.mediaType], filter.mediaType, MEDIA_TYPE_ORDER))
      return false;
  }
  return true;
}

function searchValues(
  dataset: DatasetRecord,
  field: DatasetSearch['fields'][number],
): readonly string[] {
  if (field === 'tags') return dataset.tags;
  if (field === 'mediaType') return dataset.mediaType ? [dataset.mediaType] : [];
  return [dataset[field]];
}

function orderComparator(
  order: DatasetOrder | null | undefined,
  subject: UserRecord,
): (a: DatasetRecord, b: DatasetRecord) => number {
  const direction = order?.direction ?? 'ASC';
  const byName = (a: DatasetRecord, b: DatasetRecord): number =>
    compareText(a.name, b.name) || compareCodeUnits(a.id, b.id);
  const sign = direction === 'DESC' ? -1 : 1;
  const primary = ((): ((a: DatasetRecord, b: DatasetRecord) => number) => {
    switch (order?.field ?? 'name') {
      case 'name':
        return (a, b) => sign * byName(a, b);
      case 'slug':
        return (a, b) => sign * compareCodeUnits(a.slug, b.slug);
      case 'samplesCount':
        return (a, b) => sign * (a.samplesCount - b.samplesCount);
      case 'sampleFieldsCount':
        return (a, b) => sign * (a.sampleFieldsCount - b.sampleFieldsCount);
      case 'createdAt':
        return (a, b) => compareNullable(a.createdAt, b.createdAt, compareCodeUnits, direction);
      case 'lastLoadedAt':
        return (a, b) =>
          compareNullable(a.lastLoadedAt, b.lastLoadedAt, compareCodeUnits, direction);
      case 'userPinnedAt':
        return (a, b) =>
          compareNullable(
            pinnedAt(a, subject.id),
            pinnedAt(b, subject.id),
            compareCodeUnits,
            direction,
          );
    }
  })();
  return (a, b) => primary(a, b) || byName(a, b);
}

/** The datasets `subject` can access that match the filter and search, in the given order. */
export function queryDatasets(
  store: Store,
  subject: UserRecord,
  args: DatasetQueryArgs,
): DatasetRecord[] {
  return accessibleDatasets(store, subject)
    .filter(({ dataset, permission }) => matchesFilter(dataset, permission, subject, args.filter))
    .map(({ dataset }) => dataset)
    .filter((dataset) => matchesSearch(dataset, args.search, searchValues))
    .sort(orderComparator(args.order, subject));
}

// A dataset's people (`Dataset.users*`): the users with an explicit grant on it
// (fiftyone-api.md §14). `userPermission` filters on that grant, `userRole` on their role.

export interface DatasetUserFilter {
  userPermission?: ComparisonFilter<DatasetPermission> | null;
  userRole?: ComparisonFilter<Role> | null;
}

export interface DatasetUserQueryArgs {
  filter?: DatasetUserFilter | null;
  order?: UserOrder | null;
}

/** Roles in declaration order of privilege, least first, for the comparison filters. */
const ROLE_ASCENDING: readonly Role[] = ['GUEST', 'COLLABORATOR', 'MEMBER', 'ADMIN'];

export function queryDatasetUsers(
  store: Store,
  dataset: DatasetRecord,
  args: DatasetUserQueryArgs,
): UserRecord[] {
  const granted = store.users.filter((user) => {
    const grant = userGrant(dataset, user.id);
    if (!grant) return false;
    if (!matchesComparison(grant, args.filter?.userPermission, PERMISSION_ORDER)) return false;
    return matchesComparison(user.role, args.filter?.userRole, ROLE_ASCENDING);
  });
  return queryUsers(granted, { order: args.order ?? null });
}
