import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { gqlMutation } from '../../../lib/transport.ts';
import { datasetQueries } from '../../datasets/api/queries.ts';
import { userQueries } from '../../users/api/queries.ts';
import {
  AddGroupUsersMutation,
  CreateGroupMutation,
  DeleteGroupMutation,
  RemoveGroupUsersMutation,
  UpdateGroupMutation,
} from './documents.ts';
import type { CreateGroupForm, GroupInfoForm } from './group-schema.ts';
import { groupQueries } from './queries.ts';

// Membership decides dataset access, and a user's page lists their groups: every change here
// refreshes groups, users and datasets.
function invalidateAll(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: groupQueries.all() }),
    queryClient.invalidateQueries({ queryKey: userQueries.all() }),
    queryClient.invalidateQueries({ queryKey: datasetQueries.all() }),
  ]);
}

/** create_user_group(): creates the group, then adds the chosen members (as the SDK does). */
export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, description, memberIds }: CreateGroupForm) => {
      const { createUserGroup: group } = await gqlMutation(CreateGroupMutation, {
        name,
        description: description || null,
      });
      if (memberIds.length > 0) {
        await gqlMutation(AddGroupUsersMutation, { identifier: group.id, userIds: memberIds });
      }
      return group;
    },
    meta: { action: 'Creating the group', inlineErrors: true },
    onSettled: () => invalidateAll(queryClient),
  });
}

/** update_user_group(): name and description (an empty description clears it). */
export function useUpdateGroup(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, description }: GroupInfoForm) =>
      (await gqlMutation(UpdateGroupMutation, { identifier: groupId, name, description }))
        .updateUserGroupInfo,
    meta: { action: 'Saving the group', inlineErrors: true },
    onSuccess: () => invalidateAll(queryClient),
  });
}

export function useDeleteGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ groupId }: { groupId: string }) =>
      gqlMutation(DeleteGroupMutation, { identifier: groupId }),
    meta: { action: 'Deleting the group', inlineErrors: true },
    onSuccess: (_data, { groupId }) => {
      queryClient.removeQueries({ queryKey: [...groupQueries.details(), groupId] });
      return invalidateAll(queryClient);
    },
  });
}

/** Who an add_users_to_group call added, and who was in the group already. */
export interface MembersAdded {
  added: string[];
  alreadyMembers: string[];
}

/**
 * add_users_to_group(), for the people not in the group yet. The members are read fresh first,
 * so the call site can say exactly who joined, and never "added" for someone already there.
 */
export function useAddGroupMembers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      groupId,
      userIds,
    }: {
      groupId: string;
      userIds: string[];
    }): Promise<MembersAdded> => {
      const members = new Set(
        await queryClient.query({ ...groupQueries.memberIds(groupId), staleTime: 0 }),
      );
      const added = userIds.filter((id) => !members.has(id));
      if (added.length > 0) {
        await gqlMutation(AddGroupUsersMutation, { identifier: groupId, userIds: added });
      }
      return { added, alreadyMembers: userIds.filter((id) => members.has(id)) };
    },
    meta: { action: 'Adding to the group', inlineErrors: true },
    onSuccess: () => invalidateAll(queryClient),
  });
}

export function useRemoveGroupMembers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ groupId, userIds }: { groupId: string; userIds: string[] }) =>
      gqlMutation(RemoveGroupUsersMutation, { identifier: groupId, userIds }),
    meta: { action: 'Removing from the group', inlineErrors: true },
    onSuccess: () => invalidateAll(queryClient),
  });
}
