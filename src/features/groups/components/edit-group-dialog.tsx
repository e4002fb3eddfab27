import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, DialogContent, DialogTitle, Stack } from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { LIMITS } from '../../../lib/limits.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { groupInfoSchema, type GroupInfoForm } from '../api/group-schema.ts';
import { useUpdateGroup } from '../api/use-group-mutations.ts';

/** update_user_group(name, description): an empty description clears it. */
export function EditGroupDialog({
  group,
  onClose,
}: {
  group: { id: string; name: string; description: string | null };
  onClose: () => void;
}) {
  const titleId = useId();
  const update = useUpdateGroup(group.id);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isDirty },
  } = useForm<GroupInfoForm>({
    resolver: zodResolver(groupInfoSchema),
    defaultValues: { name: group.name, description: group.description ?? '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      notify(`Group ${saved.name} saved.`);
      onClose();
    } catch (error) {
      const message = errorMessage(error);
      setError(/already exists|name/i.test(message) ? 'name' : 'root', { message });
    }
  });
  return (
    <FormDialog
      open
      onClose={update.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Edit {group.name}</DialogTitle>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextFieldControl
              control={control}
              name="name"
              limit={LIMITS.groupName}
              label="Name"
              autoFocus
              fullWidth
            />
            <TextFieldControl
              control={control}
              name="description"
              limit={LIMITS.groupDescription}
              label="Description"
              helperText="Leave empty to remove the description."
              multiline
              minRows={2}
              fullWidth
            />
            {errors.root && (
              <Alert severity="error" role="alert">
                {errors.root.message}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          onCancel={onClose}
          pending={update.isPending}
          submitLabel="Save"
          submitDisabled={!isDirty}
        />
      </form>
    </FormDialog>
  );
}
