import { zodResolver } from '@hookform/resolvers/zod';
import { DialogContent, DialogTitle, Stack } from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { groupGrantSchema, type GroupGrantForm } from '../api/grant-schema.ts';
import { useSetGroupPermission } from '../api/use-access-mutations.ts';
import { grantSubmit, GrantFormError, GrantPermissionField } from './grant-form.tsx';
import { GroupField } from './group-field.tsx';
import { permissionText } from '../../../lib/permissions.ts';

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
  const submit = grantSubmit({
    handleSubmit,
    setError,
    send: async (values) => {
      await grant.mutateAsync(values);
      return `${values.group} now has ${permissionText(values.permission)} on ${dataset}.`;
    },
    onClose,
    // An unknown group belongs next to the group field; anything else above the buttons.
    errorField: (message) => (/group not found/i.test(message) ? 'group' : 'root'),
  });
  return (
    <FormDialog
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
            <GrantPermissionField
              control={control}
              hint="Each member gets at most what their role allows: collaborators Can edit, guests Can view."
            />
            <GrantFormError message={errors.root?.message} />
          </Stack>
        </DialogContent>
        <FormDialogActions
          onCancel={onClose}
          pending={grant.isPending}
          submitLabel="Grant access"
        />
      </form>
    </FormDialog>
  );
}
