import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../lib/api-error.ts';
import { ROLE_LABELS, type Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { RevokeInvitationMutation, SendInvitationMutation } from './documents.ts';
import { userQueries, type Invitation } from './queries.ts';

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

/**
 * Sends an invitation again, with the same or another role: the API has no update, so the old
 * invitation is revoked (the server refuses a second pending invitation for one e-mail) and a
 * new one sent. If the new one is refused (no seat of that role), the old role is sent again so
 * the person is not left uninvited, and the error says what happened.
 */
export function useReissueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ invitation, role }: { invitation: Invitation; role: Role }) => {
      await gqlMutation(RevokeInvitationMutation, { invitationId: invitation.id });
      const email = invitation.inviteeEmail;
      try {
        return (await gqlMutation(SendInvitationMutation, { email, role })).sendUserInvitation;
      } catch (refused) {
        if (role === invitation.inviteeRole) throw refused;
        await gqlMutation(SendInvitationMutation, { email, role: invitation.inviteeRole });
        throw new Error(
          `${errorMessage(refused).replace(/\.$/, '')}. The invitation was sent again as ${ROLE_LABELS[invitation.inviteeRole]}, with a new link.`,
        );
      }
    },
    meta: { action: 'Sending the invitation again', inlineErrors: true },
    onSettled: () => queryClient.invalidateQueries({ queryKey: userQueries.all() }),
  });
}
