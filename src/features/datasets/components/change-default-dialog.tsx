import {
  Alert,
  Dialog,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import type { DatasetAccess } from '../api/queries.ts';
import { useSetDefaultPermission } from '../api/use-access-mutations.ts';
import { defaultChangeImpact } from '../lib/access-rules.ts';
import { accessPeople } from './access-people.ts';
import { PermissionSelect } from './permission-select.tsx';
import { type Permission, permissionText } from '../../../lib/permissions.ts';

const SHOWN = 8;

/**
 * set_dataset_default_permission(), with a preview of whose access changes before saving: the
 * default reaches members only, and only those it lifts above (or drops below) their grants.
 */
export function ChangeDefaultDialog({
  access,
  onClose,
}: {
  access: DatasetAccess;
  onClose: () => void;
}) {
  const titleId = useId();
  const [next, setNext] = useState<Permission>(access.defaultPermission);
  const save = useSetDefaultPermission(access.name);
  const from = access.defaultPermission;
  const changes = defaultChangeImpact(accessPeople(access), from, next);
  return (
    <Dialog
      open
      onClose={save.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Default access to {access.name}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <PermissionSelect
            label="Every member gets"
            value={next}
            onChange={setNext}
            withNoAccess
            helperText={`Currently ${permissionText(from)}. Collaborators and guests never get the default.`}
            fullWidth
          />
          {next !== from && (
            <section aria-label="Who this changes">
              <Typography variant="subtitle2" component="h3">
                Who this changes
              </Typography>
              <Typography sx={{ mt: 1 }}>
                Every member with no grant here (of their own or through a group) goes from{' '}
                <strong>{permissionText(from)}</strong> to <strong>{permissionText(next)}</strong>.
              </Typography>
              {changes.length === 0 ? (
                <Typography color="text.secondary" sx={{ mt: 1 }}>
                  No one with a grant here is affected.
                </Typography>
              ) : (
                <>
                  <Typography sx={{ mt: 1 }}>
                    Of the people with a grant here, {changes.length}{' '}
                    {changes.length === 1 ? 'changes' : 'change'}:
                  </Typography>
                  <List dense aria-label="People whose access changes">
                    {changes.slice(0, SHOWN).map(({ key: person, before, after }) => (
                      <ListItem key={person.id} disableGutters>
                        <ListItemText
                          primary={person.name}
                          secondary={`${permissionText(before)} → ${permissionText(after)}`}
                        />
                      </ListItem>
                    ))}
                  </List>
                  {changes.length > SHOWN && (
                    <Typography color="text.secondary">
                      …and {changes.length - SHOWN} more.
                    </Typography>
                  )}
                </>
              )}
            </section>
          )}
          {save.isError && (
            <Alert severity="error" role="alert">
              {errorMessage(save.error)}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={save.isPending}
        submitLabel="Save default"
        submitDisabled={next === from}
        onSubmit={() =>
          save.mutate(
            { permission: next },
            {
              onSuccess: () => {
                notify(`Members now get ${permissionText(next)} on ${access.name} by default.`);
                onClose();
              },
            },
          )
        }
      />
    </Dialog>
  );
}
