import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
} from '@mui/material';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { groupGrantSchema, type GroupGrantForm } from '../api/grant-schema.ts';
import { useSetGroupPermission } from '../api/use-access-mutations.ts';
import { PERMISSION_LABELS } from '../lib/access-rules.ts';
import { GroupField } from './group-field.tsx';
import { PermissionSelect } from './permission-select.tsx';

/** set_dataset_user_group_permission(): every member gets the level, capped by their role. */
export function AddGroupDialog({
  dataset,
  admin,
  excludeIds,
  onClose,
}: {
  dataset: string;
  admin: boolean;
  /** Groups that already have a grant here (changed in the table instead). */
  excludeIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const titleId = useId();
  const grant = useSetGroupPermission(dataset);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<GroupGrantForm>({
    resolver: zodResolver(groupGrantSchema),
    defaultValues: { group: '', permission: 'VIEW' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await grant.mutateAsync(values);
      notify(`${values.group} now has ${PERMISSION_LABELS[values.permission]} on ${dataset}.`);
      onClose();
    } catch (error) {
      const message = errorMessage(error);
      // An unknown group belongs next to the group field; anything else above the buttons.
      setError(/group not found/i.test(message) ? 'group' : 'root', { message });
    }
  });
  return (
    <Dialog
      open
      onClose={grant.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Add a group to {dataset}</DialogTitle>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Controller
              control={control}
              name="group"
              render={({ field, fieldState }) => (
                <GroupField
                  admin={admin}
                  autoFocus
                  value={field.value}
                  onChange={field.onChange}
                  excludeIds={excludeIds}
                  error={Boolean(fieldState.error)}
                  helperText={
                    fieldState.error?.message ??
                    (admin
                      ? undefined
                      : 'Your groups and those on datasets you manage, or type a name.')
                  }
                />
              )}
            />
            <Controller
              control={control}
              name="permission"
              render={({ field, fieldState }) => (
                <PermissionSelect
                  label="Permission"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={Boolean(fieldState.error)}
                  helperText={
                    fieldState.error?.message ??
                    'Each member gets at most what their role allows: collaborators Can edit, guests Can view.'
                  }
                  fullWidth
                />
              )}
            />
            {errors.root && (
              <Alert severity="error" role="alert">
                {errors.root.message}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={grant.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={grant.isPending}
            startIcon={grant.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            Grant access
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
