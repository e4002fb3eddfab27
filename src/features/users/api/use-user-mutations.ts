import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { RemoveUserMutation, SetUserRoleMutation } from './documents.ts';
import { userQueries } from './queries.ts';

// Mutation hooks own invalidation; call sites own the UI (closing a dialog, navigating).

export function useSetUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { userId: string; role: Role }) =>
      gqlMutation(SetUserRoleMutation, variables),
    meta: { action: 'Changing the role', inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userQueries.all() }),
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
