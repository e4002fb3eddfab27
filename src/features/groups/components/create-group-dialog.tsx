import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, DialogContent, DialogTitle, Stack } from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { LIMITS } from '../../../lib/limits.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { createGroupSchema, type CreateGroupForm } from '../api/group-schema.ts';
import { useCreateGroup } from '../api/use-group-mutations.ts';
import { UserMultiPicker, type PickedUser } from './user-multi-picker.tsx';

/** create_user_group(name, description, users). A taken name is reported on the name field. */
export function CreateGroupDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (group: { id: string; name: string }) => void;
}) {
  const titleId = useId();
  const create = useCreateGroup();
  const [members, setMembers] = useState<PickedUser[]>([]);
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors },
  } = useForm<CreateGroupForm>({
    resolver: zodResolver(createGroupSchema),
    defaultValues: { name: '', description: '', memberIds: [] },
  });
  const submit = handleSubmit(async (values) => {
    try {
      const group = await create.mutateAsync(values);
      notify(
        members.length > 0
          ? `Group ${group.name} created with ${members.length} ${members.length === 1 ? 'member' : 'members'}.`
          : `Group ${group.name} created.`,
      );
      onCreated(group);
    } catch (error) {
      const message = errorMessage(error);
      setError(/already exists|name/i.test(message) ? 'name' : 'root', { message });
    }
  });
  return (
    <FormDialog
      open
      onClose={create.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Create a group</DialogTitle>
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
              helperText="Optional: who is in it and why."
              multiline
              minRows={2}
              fullWidth
            />
            <Controller
              control={control}
              name="memberIds"
              render={() => (
                <UserMultiPicker
                  label="Members"
                  value={members}
                  onChange={(users) => {
                    setMembers(users);
                    setValue(
                      'memberIds',
                      users.map((user) => user.id),
                    );
                  }}
                  helperText="Optional: find people by name or e-mail. Only existing users can join."
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
        <FormDialogActions
          onCancel={onClose}
          pending={create.isPending}
          submitLabel="Create group"
        />
      </form>
    </FormDialog>
  );
}
