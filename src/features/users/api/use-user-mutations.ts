import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { RemoveUserMutation, SetUserRoleMutation } from './documents.ts';
import { userQueries } from './queries.ts';

// Mutation hooks own invalidation; call sites own the UI (closing a dialog, navigating).

export function useSetUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { userId: string; role: Role }) =>
      gqlMutation(SetUserRoleMutation, variables),
    meta: { action: 'Changing the role', inlineErrors: true },
    onSuccess: async (_data, { userId }) => {
      const viewer = queryClient.getQueryData(sessionQueries.viewer().queryKey);
      if (viewer?.id !== userId && viewer?.email !== userId) {
        return queryClient.invalidateQueries({ queryKey: userQueries.all() });
      }
      // Your own role: who you are is asked again first, so the header, the navigation and the
      // open page follow the new role together. Everything else was read with the old role: it
      // is marked stale and read again where it shows, not refetched here (an admin page still
      // mounted would only be refused).
      await queryClient.refetchQueries({ queryKey: sessionQueries.all() });
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0],
        refetchType: 'none',
      });
    },
  });
}

export function useRemoveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { userId: string }) => gqlMutation(RemoveUserMutation, variables),
    meta: { action: 'Deleting the user', inlineErrors: true },
    onSuccess: (_data, { userId }) => {
      queryClient.removeQueries({ queryKey: userQueries.detail(userId).queryKey });
      return queryClient.invalidateQueries({ queryKey: userQueries.all() });
    },
  });
}
