import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { RevokeInvitationMutation, SendInvitationMutation } from './documents.ts';
import { userQueries } from './queries.ts';

export function useSendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: { email: string; role: Role }) =>
      (await gqlMutation(SendInvitationMutation, variables)).sendUserInvitation,
    meta: { action: 'Sending the invitation', inlineErrors: true },
    onSettled: () => queryClient.invalidateQueries({ queryKey: userQueries.all() }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { invitationId: string }) =>
      gqlMutation(RevokeInvitationMutation, variables),
    meta: { action: 'Revoking the invitation', inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userQueries.all() }),
  });
}
