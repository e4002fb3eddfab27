import { useQuery } from '@tanstack/react-query';
import { accessQueries, type Person } from '../api/queries.ts';
import { PEOPLE_PAGE_SIZE, type ReportParams } from '../lib/report-params.ts';

/**
 * The people rows on screen: a page of the organization (or of a group, or of what a manager
 * knows), or, with a level chosen, a page of those found at that level by reading the people a
 * page at a time (with its progress).
 */
export function usePeopleRows(params: ReportParams, admin: boolean, datasets: readonly string[]) {
  const key = { admin, q: params.q, group: params.group };
  const level = params.level;
  const page = useQuery({
    ...accessQueries.people(key, params.page, PEOPLE_PAGE_SIZE),
    enabled: level === null,
  });
  const scanKey = { ...key, level: level ?? 'VIEW', datasets };
  const scan = useQuery({ ...accessQueries.levelScan(scanKey), enabled: level !== null });
  const progress = useQuery({
    ...accessQueries.levelScanProgress(scanKey),
    enabled: level !== null,
  });
  if (level === null) {
    return {
      query: page,
      rows: page.data?.rows ?? [],
      total: page.data?.total ?? 0,
      progress: null,
    };
  }
  const start = (params.page - 1) * PEOPLE_PAGE_SIZE;
  const rows: Person[] = scan.data?.matching.slice(start, start + PEOPLE_PAGE_SIZE) ?? [];
  return {
    query: scan,
    rows,
    total: scan.data?.matching.length ?? 0,
    // Only while there is nothing to show: a progress line appearing above rows already drawn
    // would move them under the pointer.
    progress: scan.isFetching && !scan.data ? (progress.data ?? { scanned: 0, of: 0 }) : null,
  };
}
