import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ResultOf, VariablesOf } from '../../../lib/graphql.ts';
import type { Role } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { roleChangeImpact } from '../lib/access-rules.ts';
import {
  DatasetAccessQuery,
  DatasetPersonQuery,
  DatasetsPageQuery,
  DatasetViewerQuery,
  GroupDatasetsQuery,
  KnownPeopleQuery,
  PersonAccessQuery,
} from './documents.ts';
import type { DatasetsListParams } from './list-params.ts';
import { type Permission } from '../../../lib/permissions.ts';

export type DatasetRow = ResultOf<typeof DatasetsPageQuery>['datasetsPage']['nodes'][number];
export type DatasetAccess = NonNullable<ResultOf<typeof DatasetAccessQuery>['dataset']>;
export type DatasetPerson = DatasetAccess['users'][number];
export type DatasetGroup = DatasetAccess['userGroups'][number];
export type GroupMember = DatasetGroup['users'][number];

/** Someone the console can name: a user as the API shows them. */
export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** One dataset's sources for one person (the role-change preview). */
export interface PersonDatasetAccess {
  id: string;
  name: string;
  defaultPermission: Permission;
  own: Permission | null;
  groups: { name: string; level: Permission }[];
  /** What the API reports today. */
  active: Permission;
}

// "Every dataset" for the lists that need them all (the large organization has 2,000).
const ALL = 100_000;

/** The DatasetsPage query's variables for the list's params (one page of the matching datasets). */
export function datasetsPageVariables(
  params: DatasetsListParams,
): VariablesOf<typeof DatasetsPageQuery> {
  return {
    page: params.page,
    pageSize: params.pageSize,
    search: params.q ? { term: params.q, fields: ['name', 'slug', 'tags'] } : null,
    order: { field: params.sort, direction: params.dir },
    filter: {
      mediaType: params.media ? { eq: params.media } : null,
      userPermission: params.access ? { ge: params.access } : null,
    },
  };
}

export const datasetQueries = {
  all: () => ['datasets'] as const,
  lists: () => [...datasetQueries.all(), 'list'] as const,
  list: (params: DatasetsListParams) =>
    queryOptions({
      queryKey: [...datasetQueries.lists(), params] as const,
      queryFn: async () => {
        const data = await gqlRequest(DatasetsPageQuery, datasetsPageVariables(params));
        return { rows: data.datasetsPage.nodes, total: data.datasetsPage.nodeTotal };
      },
      placeholderData: keepPreviousData,
    }),
  /** The viewer's own access to one dataset; null when it does not exist or is hidden. */
  viewer: (name: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'viewer', name] as const,
      queryFn: async () => (await gqlRequest(DatasetViewerQuery, { identifier: name })).dataset,
    }),
  /** Who has access and through what: for admins and people who manage the dataset. */
  access: (name: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'access', name] as const,
      queryFn: async () => (await gqlRequest(DatasetAccessQuery, { identifier: name })).dataset,
    }),
  /** One person's access (by id or e-mail); null when they have none (or do not exist). */
  person: (name: string, userIdOrEmail: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'person', name, userIdOrEmail.toLowerCase()] as const,
      queryFn: async () =>
        (await gqlRequest(DatasetPersonQuery, { identifier: name, userId: userIdOrEmail })).dataset
          ?.user ?? null,
    }),
  /** Every dataset's sources for one person (admins only: they see every dataset). */
  personAccess: (userId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'person-access', userId] as const,
      queryFn: async (): Promise<PersonDatasetAccess[]> => {
        const data = await gqlRequest(PersonAccessQuery, { userId, first: ALL });
        return data.datasets.map((dataset) => ({
          id: dataset.id,
          name: dataset.name,
          defaultPermission: dataset.defaultPermission,
          own: dataset.user?.userPermission ?? null,
          groups: dataset.userGroups.map((group) => ({
            name: group.name,
            level: group.permission ?? 'NO_ACCESS',
          })),
          active: dataset.user?.activePermission ?? 'NO_ACCESS',
        }));
      },
    }),
  /** The datasets where a person's access would change with a new role, before and after. */
  roleImpact: (userId: string, from: Role, to: Role) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'role-impact', userId, from, to] as const,
      queryFn: async ({ client }) => {
        const datasets = await client.query(datasetQueries.personAccess(userId));
        return roleChangeImpact(datasets, from, to).map((change) => ({
          dataset: change.key.name,
          before: change.before,
          after: change.after,
        }));
      },
    }),
  /** get_permissions_for_user_group(): the datasets the group has a grant on. */
  forGroup: (groupId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'group', groupId] as const,
      queryFn: async () => {
        const data = await gqlRequest(GroupDatasetsQuery, { groupId, first: ALL });
        return data.datasets.flatMap((dataset) =>
          dataset.userGroup?.permission
            ? [
                {
                  id: dataset.id,
                  name: dataset.name,
                  mediaType: dataset.mediaType,
                  permission: dataset.userGroup.permission,
                },
              ]
            : [],
        );
      },
    }),
  /**
   * The people and groups a dataset manager already knows (they cannot list users or groups):
   * their own groups and everyone with access to the datasets they manage.
   */
  known: () =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'known'] as const,
      queryFn: async () => {
        const data = await gqlRequest(KnownPeopleQuery, {});
        const people = new Map<string, Person>();
        const groups = new Map<string, { id: string; name: string }>();
        for (const group of data.viewer?.userGroups ?? []) groups.set(group.id, group);
        for (const dataset of data.datasets) {
          for (const user of dataset.users) people.set(user.id, user);
          for (const group of dataset.userGroups) {
            groups.set(group.id, { id: group.id, name: group.name });
            for (const user of group.users) people.set(user.id, user);
          }
        }
        const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
        return {
          people: [...people.values()].sort(byName),
          groups: [...groups.values()].sort(byName),
        };
      },
      staleTime: 60_000,
    }),
};

export type GroupDatasetGrant = Awaited<
  ReturnType<NonNullable<ReturnType<typeof datasetQueries.forGroup>['queryFn']>>
>[number];
