import { Alert, Dialog, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { BulkRunDialog } from '../../../components/bulk-run-dialog.tsx';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { isRole, ROLE_LABELS, roleLabel, type Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { SetUserRoleMutation } from '../api/documents.ts';
import { userQueries } from '../api/queries.ts';
import { rolePlan, type BulkPlan, type Person } from './bulk-previews.ts';
import { roleOptions } from './role-options.tsx';

/** What every person given `role` goes through, said before the change is reviewed. */
function roleNotes(people: readonly Person[], role: Role): string[] {
  const notes: string[] = [];
  if (role !== 'ADMIN' && people.some((person) => person.role === 'ADMIN')) {
    notes.push('The admins among them lose user, group, plugin, secret and settings management.');
  }
  if (role === 'GUEST')
    notes.push('Guests cannot hold API keys: every API key of theirs is deleted.');
  if (role === 'COLLABORATOR' || role === 'GUEST') {
    notes.push(`Their dataset access is capped at ${role === 'GUEST' ? 'Can view' : 'Can edit'}.`);
  }
  return notes;
}

/**
 * Change the role of many: choose the role, then the bulk preview (per change, the seats it
 * needs and whether they are free, who is skipped and why), one confirmation, and the run.
 */
export function BulkRoleDialog({
  people,
  onSettled,
  onClose,
}: {
  people: readonly Person[];
  /** After each run, once the cache is refreshed. */
  onSettled: () => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const viewer = useQuery(sessionQueries.viewer());
  const [role, setRole] = useState<Role>('MEMBER');
  const [plan, setPlan] = useState<{
    role: Role;
    plan: BulkPlan<{ userId: string; role: Role }>;
  } | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The seats are read fresh: the preview promises what the licence has free now.
  const review = async () => {
    setReading(true);
    setError(null);
    try {
      const seats = await queryClient.query({ ...userQueries.seats(), staleTime: 0 });
      setPlan({ role, plan: rolePlan(people, role, viewer.data?.id, seats) });
    } catch (failure) {
      setError(`Reading the seats failed: ${errorMessage(failure)}`);
    } finally {
      setReading(false);
    }
  };

  if (plan) {
    const label = ROLE_LABELS[plan.role];
    return (
      <BulkRunDialog
        title={`Make ${label}`}
        scope="users"
        items={plan.plan.items}
        preview={plan.plan.preview}
        confirmLabel={(n) =>
          `Make ${n.toLocaleString('en')} ${n === 1 ? 'user' : 'users'} ${label}`
        }
        perform={(input) => gqlMutation(SetUserRoleMutation, input)}
        onSettled={async () => {
          await queryClient.invalidateQueries({ queryKey: userQueries.all() });
          onSettled();
        }}
        onClose={onClose}
      />
    );
  }

  const count = people.length;
  return (
    <Dialog
      open
      onClose={reading ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        Change the role of {count.toLocaleString('en')} {count === 1 ? 'user' : 'users'}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label="New role"
            value={role}
            onChange={(event) => {
              if (isRole(event.target.value)) setRole(event.target.value);
            }}
            slotProps={{ select: { renderValue: roleLabel } }}
            helperText="The next step shows who changes, the seats needed and who is skipped."
            fullWidth
          >
            {/* Every role can be chosen: the preview counts the seats the whole change needs. */}
            {roleOptions(null)}
          </TextField>
          {roleNotes(people, role).map((note) => (
            <Alert key={note} severity="warning">
              {note}
            </Alert>
          ))}
        </Stack>
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={reading}
        submitLabel="Review the change"
        error={error}
        onSubmit={() => void review()}
      />
    </Dialog>
  );
}
