import { Alert, Dialog, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { isRole, ROLE_LABELS, roleLabel, type Role } from '../../../lib/roles.ts';
import { userQueries, type Invitation } from '../api/queries.ts';
import { useReissueInvitation } from '../api/use-invitation-mutations.ts';
import { roleOptions } from './role-options.tsx';
import { seatBlock } from './seat-rules.ts';

/**
 * Sends a pending invitation again, with the same role (a fresh link and expiry) or another one
 * (seats checked as when inviting). The old link stops working: said before, done in one step.
 */
export function ReissueInvitationDialog({
  invitation,
  onClose,
}: {
  invitation: Invitation;
  onClose: () => void;
}) {
  const titleId = useId();
  const [role, setRole] = useState<Role>(invitation.inviteeRole);
  const seats = useQuery(userQueries.seats());
  const reissue = useReissueInvitation();
  const current = invitation.inviteeRole;
  const blocked = role === current ? null : seatBlock(seats.data, role, 1, current);
  const changing = role !== current;
  const submit = () =>
    reissue.mutate(
      { invitation, role },
      {
        onSuccess: () => {
          notify(
            changing
              ? `${invitation.inviteeEmail} is now invited as ${ROLE_LABELS[role]}, with a new link.`
              : `The invitation of ${invitation.inviteeEmail} was sent again, with a new link.`,
          );
          onClose();
        },
      },
    );
  return (
    <Dialog
      open
      onClose={reissue.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Send the invitation of {invitation.inviteeEmail} again</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label="Role"
            value={role}
            onChange={(event) => {
              if (isRole(event.target.value)) setRole(event.target.value);
            }}
            slotProps={{ select: { renderValue: roleLabel } }}
            helperText={blocked ?? `Invited as ${ROLE_LABELS[current]}.`}
            error={Boolean(blocked)}
            fullWidth
          >
            {roleOptions(seats.data, 1, current)}
          </TextField>
          <Alert severity="warning" role="note">
            The current link stops working and a new one, valid for 7 days, replaces it. Dataset
            access granted with the invitation is not carried over.
          </Alert>
          {reissue.isError && (
            <Alert severity="error" role="alert">
              {errorMessage(reissue.error)}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={reissue.isPending}
        submitLabel={changing ? `Invite as ${ROLE_LABELS[role]}` : 'Send again'}
        submitDisabled={Boolean(blocked)}
        onSubmit={submit}
      />
    </Dialog>
  );
}
