import { Alert, Dialog, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { isRole, ROLE_LABELS, roleLabel, roleText, type Role } from '../../../lib/roles.ts';
import { userQueries } from '../api/queries.ts';
import { useSetUserRole } from '../api/use-user-mutations.ts';
import { RoleImpactPreview } from './role-impact-preview.tsx';
import { roleOptions } from './role-options.tsx';
import { seatBlock } from './seat-rules.ts';
import { useSoleAdminReason } from './sole-admin.ts';
import { roleChangedMessage, roleChangeWarnings, type RoleTarget } from './role-change-rules.ts';

export function ChangeRoleDialog({
  target,
  viewerId,
  onClose,
}: {
  target: RoleTarget;
  viewerId: string | undefined;
  onClose: () => void;
}) {
  const titleId = useId();
  const [role, setRole] = useState<Role>(target.role);
  const seats = useQuery(userQueries.seats());
  const setUserRole = useSetUserRole();
  const soleAdmin = useSoleAdminReason(target, viewerId);
  const blocked = role === target.role ? null : seatBlock(seats.data, role, 1, target.role);
  const warnings = roleChangeWarnings(target, role, viewerId);
  return (
    <Dialog
      open
      onClose={setUserRole.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Change the role of {target.name}</DialogTitle>
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
            helperText={blocked ?? soleAdmin ?? `Currently ${roleText(target.role)}.`}
            error={Boolean(blocked)}
            fullWidth
          >
            {roleOptions(seats.data, 1, target.role, soleAdmin)}
          </TextField>
          {warnings.map((warning) => (
            <Alert key={warning} severity="warning">
              {warning}
            </Alert>
          ))}
          <RoleImpactPreview userId={target.id} name={target.name} from={target.role} to={role} />
        </Stack>
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={setUserRole.isPending}
        submitLabel={`Make ${ROLE_LABELS[role]}`}
        submitColor={warnings.length > 0 ? 'warning' : 'primary'}
        submitDisabled={role === target.role || Boolean(blocked)}
        error={setUserRole.isError ? errorMessage(setUserRole.error) : null}
        onSubmit={() =>
          setUserRole.mutate(
            { userId: target.id, role },
            {
              onSuccess: () => {
                notify(roleChangedMessage(target, role, viewerId));
                onClose();
              },
            },
          )
        }
      />
    </Dialog>
  );
}
