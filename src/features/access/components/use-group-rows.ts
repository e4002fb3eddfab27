import { useQuery } from '@tanstack/react-query';
import { accessQueries, type GroupRow } from '../api/queries.ts';
import { GROUPS_PAGE_SIZE, type ReportParams } from '../lib/report-params.ts';

/** The row that stands for every member reached only by each dataset's default. */
export const DEFAULT_ROW: GroupRow = { id: '', name: 'Members by default' };

/**
 * The group rows on screen: a page of the groups (and the default first), or, with a level
 * chosen, a page of the groups granted at least that level on a reported dataset (and the
 * default only when a dataset's default gives it), found by reading the datasets a page at a
 * time (with its progress).
 */
export function useGroupRows(params: ReportParams, admin: boolean, datasets: readonly string[]) {
  const level = params.level;
  const page = useQuery({
    ...accessQueries.groups(admin, params.gpage, GROUPS_PAGE_SIZE),
    enabled: level === null,
  });
  const scanKey = { level: level ?? 'VIEW', datasets };
  const scan = useQuery({ ...accessQueries.groupLevelScan(scanKey), enabled: level !== null });
  const progress = useQuery({
    ...accessQueries.groupLevelScanProgress(scanKey),
    enabled: level !== null,
  });
  const first = params.gpage === 1;
  if (level === null) {
    const groups = page.data?.rows ?? [];
    return {
      query: page,
      groups,
      rows: first ? [DEFAULT_ROW, ...groups] : groups,
      total: (page.data?.total ?? 0) + 1,
      progress: null,
    };
  }
  const start = (params.gpage - 1) * GROUPS_PAGE_SIZE;
  const groups = scan.data?.groups.slice(start, start + GROUPS_PAGE_SIZE) ?? [];
  const withDefault = scan.data?.defaultAtLevel ?? false;
  return {
    query: scan,
    groups,
    rows: first && withDefault ? [DEFAULT_ROW, ...groups] : groups,
    total: (scan.data?.groups.length ?? 0) + (withDefault ? 1 : 0),
    // Only while there is nothing to show: a progress line appearing above rows already drawn
    // would move them under the pointer.
    progress: scan.isFetching && !scan.data ? (progress.data ?? { scanned: 0, of: 0 }) : null,
  };
}
