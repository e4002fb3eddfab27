import { PERMISSION_ORDER } from '../rules/dataset-access.ts';
import type { DatasetPermission, DatasetRecord, GroupRecord, Store, UserRecord } from '../types.ts';
import {
  matchesComparison,
  matchesStringFilter,
  type ComparisonFilter,
  type StringFilter,
} from './filters.ts';
import {
  compareCodeUnits,
  compareText,
  matchesSearch,
  type OrderInput,
  type SearchInput,
} from './search.ts';

export interface GroupFilter {
  createdBy?: StringFilter | null;
  id?: StringFilter | null;
  /** Groups with a member whose id matches. */
  userId?: StringFilter | null;
}
export type GroupSearch = SearchInput<'name' | 'slug' | 'user' | 'id'>;
export type GroupOrder = OrderInput<'createdAt' | 'name' | 'slug'>;

export interface GroupQueryArgs {
  filter?: GroupFilter | null;
  search?: GroupSearch | null;
  order?: GroupOrder | null;
}

function matchesFilter(group: GroupRecord, filter: GroupFilter | null | undefined): boolean {
  if (!filter) return true;
  if (!matchesStringFilter(group.createdById, filter.createdBy)) return false;
  if (!matchesStringFilter(group.id, filter.id)) return false;
  if (filter.userId && !group.memberIds.some((id) => matchesStringFilter(id, filter.userId)))
    return false;
  return true;
}

/**
 * A group's members, in the store's order. Through a set of ids: a page of groups reads each
 * one's members (their count), and a large organization has thousands of users.
 */
export function memberRecords(store: Store, group: GroupRecord): UserRecord[] {
  const ids = new Set(group.memberIds);
  return store.users.filter((user) => ids.has(user.id));
}

/** Groups matching the filter and search, ordered (default: name ascending). */
export function queryGroups(
  store: Store,
  groups: readonly GroupRecord[],
  args: GroupQueryArgs,
): GroupRecord[] {
  // The `user` search field matches a member's name or email.
  const memberTexts = (group: GroupRecord): string[] =>
    memberRecords(store, group).flatMap((u) => [u.name, u.email]);
  const sign = args.order?.direction === 'DESC' ? -1 : 1;
  const field = args.order?.field ?? 'name';
  return groups
    .filter((group) => matchesFilter(group, args.filter))
    .filter((group) =>
      matchesSearch(group, args.search, (g, f) => (f === 'user' ? memberTexts(g) : [g[f]])),
    )
    .sort(
      (a, b) =>
        sign *
          (field === 'name' ? compareText(a.name, b.name) : compareCodeUnits(a[field], b[field])) ||
        compareText(a.name, b.name) ||
        compareCodeUnits(a.id, b.id),
    );
}

// A dataset's group grants (`Dataset.userGroups`): the groups with a grant on it.

export interface DatasetGroupFilter extends GroupFilter {
  /** Matches the dataset's id, name or slug. */
  datasetIdentifier?: StringFilter | null;
  permission?: ComparisonFilter<DatasetPermission> | null;
}
export type DatasetGroupSearch = SearchInput<'name' | 'slug' | 'user'>;

export interface DatasetGroupQueryArgs {
  filter?: DatasetGroupFilter | null;
  search?: DatasetGroupSearch | null;
  order?: GroupOrder | null;
}

export interface DatasetGroupGrant {
  group: GroupRecord;
  permission: DatasetPermission;
}

export function queryDatasetGroups(
  store: Store,
  dataset: DatasetRecord,
  args: DatasetGroupQueryArgs,
): DatasetGroupGrant[] {
  const { filter } = args;
  if (filter?.datasetIdentifier) {
    const names = [dataset.id, dataset.name, dataset.slug];
    if (!names.some((name) => matchesStringFilter(name, filter.datasetIdentifier))) return [];
  }
  const granted = store.groups.filter((group) => Object.hasOwn(dataset.groupGrants, group.id));
  const levelOf = (group: GroupRecord): DatasetPermission =>
    dataset.groupGrants[group.id] ?? 'NO_ACCESS';
  return queryGroups(store, granted, args)
    .filter((group) => matchesComparison(levelOf(group), filter?.permission, PERMISSION_ORDER))
    .map((group) => ({ group, permission: levelOf(group) }));
}
