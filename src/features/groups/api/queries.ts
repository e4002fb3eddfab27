import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import {
  GroupDetailQuery,
  GroupMemberIdsQuery,
  GroupMembersQuery,
  GroupsPageQuery,
} from './documents.ts';

// Member ids are read this many at a time (a group of the large organization has thousands).
const MEMBER_IDS_PAGE = 1000;
import { toGroupSearch, type GroupsListParams } from './list-params.ts';

export type GroupRow = ResultOf<typeof GroupsPageQuery>['userGroupsPage']['nodes'][number];
export type GroupDetail = NonNullable<ResultOf<typeof GroupDetailQuery>['userGroup']>;
export type GroupMember = NonNullable<
  ResultOf<typeof GroupMembersQuery>['userGroup']
>['usersPage']['nodes'][number];

export interface MembersParams {
  q: string;
  page: number;
  pageSize: number;
}

export const groupQueries = {
  all: () => ['groups'] as const,
  lists: () => [...groupQueries.all(), 'list'] as const,
  list: (params: GroupsListParams) =>
    queryOptions({
      queryKey: [...groupQueries.lists(), params] as const,
      queryFn: async () => {
        const data = await gqlRequest(GroupsPageQuery, {
          page: params.page,
          pageSize: params.pageSize,
          search: toGroupSearch(params.q),
          order: { field: params.sort, direction: params.dir },
        });
        return { rows: data.userGroupsPage.nodes, total: data.userGroupsPage.nodeTotal };
      },
      placeholderData: keepPreviousData,
    }),
  details: () => [...groupQueries.all(), 'detail'] as const,
  /** By id, name or slug; null when there is no such group. */
  detail: (identifier: string) =>
    queryOptions({
      queryKey: [...groupQueries.details(), identifier] as const,
      queryFn: async () => (await gqlRequest(GroupDetailQuery, { identifier })).userGroup,
    }),
  members: (groupId: string, params: MembersParams) =>
    queryOptions({
      queryKey: [...groupQueries.details(), groupId, 'members', params] as const,
      queryFn: async () => {
        const data = await gqlRequest(GroupMembersQuery, {
          identifier: groupId,
          page: params.page,
          pageSize: params.pageSize,
          search: params.q ? { term: params.q, fields: ['name', 'email'] } : null,
        });
        const members = data.userGroup?.usersPage;
        return { rows: members?.nodes ?? [], total: members?.nodeTotal ?? 0 };
      },
      placeholderData: keepPreviousData,
    }),
  /** The ids of everyone in the group, every page of them. */
  memberIds: (groupId: string) =>
    queryOptions({
      queryKey: [...groupQueries.details(), groupId, 'member-ids'] as const,
      queryFn: async () => {
        const ids: string[] = [];
        for (let page = 1, pageTotal = 1; page <= pageTotal; page += 1) {
          const data = await gqlRequest(GroupMemberIdsQuery, {
            identifier: groupId,
            page,
            pageSize: MEMBER_IDS_PAGE,
          });
          const members = data.userGroup?.usersPage;
          if (!members) break;
          ids.push(...members.nodes.map((node) => node.id));
          pageTotal = members.pageTotal;
        }
        return ids;
      },
    }),
};
