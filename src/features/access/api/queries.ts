import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import type { Role } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { explainAccess, type Explanation } from '../../datasets/lib/access-rules.ts';
import { PERMISSIONS, type Permission } from '../../../lib/permissions.ts';
import { readAllPages, type PageOf } from '../../../lib/read-pages.ts';
import { countDocument, readCounts } from './count-document.ts';
import {
  AccessGroupMembersQuery,
  AccessGroupsAtLevelQuery,
  AccessGroupsQuery,
  AccessPeopleQuery,
  CellSourcesQuery,
  ManagedDatasetsQuery,
  ManagerRosterQuery,
} from './documents.ts';
import { matrixDocument, readMatrix, type MatrixRequest } from './matrix-document.ts';
import { loadManagerRoster, type Person, type Roster } from './roster.ts';

export type { Person } from './roster.ts';

// "Every dataset" for lists that need them all (the large organization has 2,000).
export const ALL = 100_000;
/** People read per request while looking for those at a level. */
export const LEVEL_SCAN_PAGE = 100;

export interface PeopleKey {
  admin: boolean;
  q: string;
  group: string;
}

export interface LevelScanKey extends PeopleKey {
  level: Permission;
  /** The chosen datasets; empty: every dataset the viewer manages. */
  datasets: readonly string[];
}

export interface GroupLevelKey {
  level: Permission;
  /** The chosen datasets; empty: every dataset the viewer manages. */
  datasets: readonly string[];
}

export interface LevelScan {
  matching: Person[];
  scanned: number;
  of: number;
}

export interface ScanProgress {
  scanned: number;
  of: number;
}

/** The group rows of "at least a level": the groups granted it on a reported dataset. */
export interface GroupLevelScan {
  groups: GroupRow[];
  /** Whether some reported dataset's default gives members the level. */
  defaultAtLevel: boolean;
}

export interface GroupRow {
  id: string;
  name: string;
}

export interface CellWhy {
  explanation: Explanation;
  /** What the API reports for the cell. */
  reported: Permission;
}

const search = (q: string) => (q ? { term: q, fields: ['name' as const, 'email' as const] } : null);

/** One page of people as an admin sees them: the organization, or one group's members. */
export async function adminPeoplePage(
  key: PeopleKey,
  page: number,
  pageSize: number,
): Promise<PageOf<Person>> {
  if (key.group) {
    const data = await gqlRequest(AccessGroupMembersQuery, {
      group: key.group,
      page,
      pageSize,
      search: search(key.q),
    });
    return data.userGroup?.usersPage ?? { nodes: [], pageTotal: 0, nodeTotal: 0 };
  }
  const data = await gqlRequest(AccessPeopleQuery, { page, pageSize, search: search(key.q) });
  return data.usersPage;
}

/** One page of the organization's groups (admins). */
export async function adminGroupsPage(page: number, pageSize: number): Promise<PageOf<GroupRow>> {
  return (await gqlRequest(AccessGroupsQuery, { page, pageSize })).userGroupsPage;
}

const rank = (level: Permission) => PERMISSIONS.indexOf(level);

/** Datasets read per request while looking for the groups at a level. */
export const GROUP_SCAN_PAGE = 100;

export function rosterPeople(roster: Roster, key: PeopleKey): Person[] {
  const needle = key.q.toLowerCase();
  const members = key.group ? roster.groups.find((g) => g.id === key.group)?.memberIds : null;
  return roster.people.filter(
    (person) =>
      (!members || members.has(person.id)) &&
      (!needle ||
        person.name.toLowerCase().includes(needle) ||
        person.email.toLowerCase().includes(needle)),
  );
}

export const accessQueries = {
  all: () => ['access'] as const,
  /** The datasets the report can cover: those the viewer manages (admins: all). */
  datasets: () =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'datasets'] as const,
      queryFn: async () => (await gqlRequest(ManagedDatasetsQuery, { first: ALL })).datasets,
    }),
  /** Who a dataset manager can know about (they cannot list the organization). */
  roster: () =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'roster'] as const,
      queryFn: async () => loadManagerRoster(await gqlRequest(ManagerRosterQuery, { first: ALL })),
      staleTime: 60_000,
    }),
  /** A page of the people rows. */
  people: (key: PeopleKey, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'people', key, page, pageSize] as const,
      queryFn: async ({ client }) => {
        if (key.admin) {
          const found = await adminPeoplePage(key, page, pageSize);
          return { rows: [...found.nodes], total: found.nodeTotal };
        }
        const people = rosterPeople(await client.query(accessQueries.roster()), key);
        const start = (page - 1) * pageSize;
        return { rows: people.slice(start, start + pageSize), total: people.length };
      },
      placeholderData: keepPreviousData,
    }),
  /** A page of the group rows. */
  groups: (admin: boolean, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'groups', admin, page, pageSize] as const,
      queryFn: async ({ client }) => {
        if (admin) {
          const found = await adminGroupsPage(page, pageSize);
          return { rows: [...found.nodes], total: found.nodeTotal };
        }
        const groups = (await client.query(accessQueries.roster())).groups;
        const start = (page - 1) * pageSize;
        return {
          rows: groups.slice(start, start + pageSize).map(({ id, name }) => ({ id, name })),
          total: groups.length,
        };
      },
      placeholderData: keepPreviousData,
    }),
  /** The cells on screen, as the API computes them, in one request. */
  cells: (request: MatrixRequest) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'cells', request] as const,
      queryFn: async () => {
        if (request.datasets.length === 0) return readMatrix(request, {});
        const { document, variables } = matrixDocument(request);
        return readMatrix(request, await gqlRequest(document, variables));
      },
      placeholderData: keepPreviousData,
    }),
  /**
   * The people with at least a level on at least one chosen dataset, read a page of people at a
   * time (its progress under the same key plus 'progress').
   */
  levelScan: (key: LevelScanKey) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'level-scan', key] as const,
      queryFn: async ({ client }): Promise<LevelScan> => {
        const progressKey = accessQueries.levelScanProgress(key).queryKey;
        const report = (scanned: number, of: number) => {
          client.setQueryData<ScanProgress>(progressKey, { scanned, of });
        };
        if (!key.admin) {
          return managerLevelScan(rosterPeople(await client.query(accessQueries.roster()), key));
        }
        const matching: Person[] = [];
        const filter = {
          userPermission: { ge: key.level },
          name: key.datasets.length > 0 ? { in: [...key.datasets] } : null,
        };
        let scanned = 0;
        let of = 0;
        for (let page = 1; ; page++) {
          const found = await adminPeoplePage(key, page, LEVEL_SCAN_PAGE);
          const rows = found.nodes;
          of = found.nodeTotal;
          if (rows.length > 0) {
            const ids = rows.map((row) => row.id);
            const { document, variables } = countDocument(ids, filter);
            const found = readCounts(ids, await gqlRequest(document, variables));
            matching.push(...rows.filter((row) => found.has(row.id)));
          }
          scanned += rows.length;
          report(scanned, of);
          if (rows.length < LEVEL_SCAN_PAGE || scanned >= of) break;
        }
        return { matching, scanned, of };

        async function managerLevelScan(people: Person[]): Promise<LevelScan> {
          const datasets =
            key.datasets.length > 0
              ? key.datasets
              : (await client.query(accessQueries.datasets())).map((d) => d.name);
          const atLevel = new Set<string>();
          for (let start = 0; start < people.length; start += 20) {
            const chunk = people.slice(start, start + 20).map((p) => p.id);
            for (let d = 0; d < datasets.length; d += 10) {
              const request = { datasets: datasets.slice(d, d + 10), people: chunk, groups: [] };
              const cells = await client.query(accessQueries.cells(request));
              for (const column of cells.values()) {
                for (const [id, level] of column?.people ?? []) {
                  if (rank(level) >= rank(key.level)) atLevel.add(id);
                }
              }
            }
            report(Math.min(start + 20, people.length), people.length);
          }
          return {
            matching: people.filter((p) => atLevel.has(p.id)),
            scanned: people.length,
            of: people.length,
          };
        }
      },
    }),
  levelScanProgress: (key: LevelScanKey) =>
    queryOptions<ScanProgress>({
      queryKey: [...accessQueries.all(), 'level-scan', key, 'progress'] as const,
      queryFn: skipToken,
    }),
  /**
   * The groups granted at least a level on at least one reported dataset, and whether a default
   * gives it, read a page of datasets at a time (its progress under the same key plus
   * 'progress'). The same for admins and managers: both may read the grants of what they manage.
   */
  groupLevelScan: (key: GroupLevelKey) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'group-level-scan', key] as const,
      queryFn: async ({ client, signal }): Promise<GroupLevelScan> => {
        const progressKey = accessQueries.groupLevelScanProgress(key).queryKey;
        const filter = {
          userPermission: { eq: 'MANAGE' as const },
          name: key.datasets.length > 0 ? { in: [...key.datasets] } : null,
        };
        const datasets = await readAllPages(
          async (page) =>
            (
              await gqlRequest(AccessGroupsAtLevelQuery, {
                page,
                pageSize: GROUP_SCAN_PAGE,
                filter,
                level: key.level,
              })
            ).datasetsPage,
          (scanned, of) => client.setQueryData<ScanProgress>(progressKey, { scanned, of }),
          signal,
        );
        const groups = new Map<string, GroupRow>();
        for (const dataset of datasets) {
          for (const { id, name } of dataset.userGroups) groups.set(id, { id, name });
        }
        return {
          groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name)),
          defaultAtLevel: datasets.some((d) => rank(d.defaultPermission) >= rank(key.level)),
        };
      },
    }),
  groupLevelScanProgress: (key: GroupLevelKey) =>
    queryOptions<ScanProgress>({
      queryKey: [...accessQueries.all(), 'group-level-scan', key, 'progress'] as const,
      queryFn: skipToken,
    }),
  /** Where one cell comes from, asked when someone wants to know. */
  why: (dataset: string, person: { id: string; role: Role }) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'why', dataset, person.id, person.role] as const,
      queryFn: async (): Promise<CellWhy | null> => {
        const data = await gqlRequest(CellSourcesQuery, { dataset, userId: person.id });
        const found = data.dataset;
        if (!found) return null;
        const explanation = explainAccess({
          role: person.role,
          defaultPermission: found.defaultPermission,
          own: found.user?.userPermission ?? null,
          groups: found.userGroups.map((g) => ({
            name: g.name,
            level: g.permission ?? 'NO_ACCESS',
          })),
        });
        return { explanation, reported: found.user?.activePermission ?? 'NO_ACCESS' };
      },
    }),
};
