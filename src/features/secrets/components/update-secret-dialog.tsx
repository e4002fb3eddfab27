import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { LIMITS } from '../../../lib/limits.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import type { Secret } from '../api/queries.ts';
import {
  describeSecretSchema,
  rotateSecretSchema,
  type DescribeSecretForm,
  type RotateSecretForm,
} from '../api/secret-schema.ts';
import { useUpdateSecret } from '../api/use-secret-mutations.ts';
import type { UsedBy } from '../api/usage.ts';
import { SecretTextFieldControl } from '../../../components/form/secret-text-field.tsx';

/** "the plugin a and the orchestrator b", or null when nothing is known to use it. */
export function describeUsers(usedBy: UsedBy | null): string | null {
  if (!usedBy) return null;
  const names = [
    ...usedBy.plugins.map((p) => `the plugin ${p.name}`),
    ...usedBy.orchestrators.map((o) => `the orchestrator ${o.instanceIdentifier}`),
  ];
  if (names.length <= 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** update_secret(key, value=…): a new value replaces the old one, which is gone for good. */
export function RotateSecretDialog({
  secret,
  usedBy,
  onClose,
}: {
  secret: Secret;
  usedBy: UsedBy | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const update = useUpdateSecret();
  const who = describeUsers(usedBy);
  const { control, handleSubmit } = useForm<RotateSecretForm>({
    resolver: zodResolver(rotateSecretSchema),
    defaultValues: { value: '' },
  });
  const submit = handleSubmit((values) =>
    update.mutate(
      { key: secret.key, value: values.value, description: null },
      {
        onSuccess: () => {
          notify(`Rotated the value of ${secret.key}.`);
          onClose();
        },
      },
    ),
  );
  return (
    <FormDialog
      open
      onClose={update.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Rotate {secret.key}</DialogTitle>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogContent sx={{ pt: 1 }}>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography>
              {who
                ? `${who.charAt(0).toUpperCase()}${who.slice(1)} will use the new value from now on.`
                : 'Whatever uses it gets the new value from now on.'}{' '}
              The current value is replaced and cannot be recovered.
            </Typography>
            <SecretTextFieldControl
              control={control}
              name="value"
              label="New value"
              autoFocus
              fullWidth
            />
            {update.isError && (
              <Alert severity="error" role="alert">
                Rotating failed: {errorMessage(update.error)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          onCancel={onClose}
          pending={update.isPending}
          submitLabel="Replace the value"
        />
      </form>
    </FormDialog>
  );
}

/** update_secret(key, description=…): an empty description clears it. */
export function DescribeSecretDialog({ secret, onClose }: { secret: Secret; onClose: () => void }) {
  const titleId = useId();
  const update = useUpdateSecret();
  const { control, handleSubmit } = useForm<DescribeSecretForm>({
    resolver: zodResolver(describeSecretSchema),
    defaultValues: { description: secret.description ?? '' },
  });
  const submit = handleSubmit((values) =>
    update.mutate(
      { key: secret.key, value: null, description: values.description },
      {
        onSuccess: () => {
          notify(`Updated the description of ${secret.key}.`);
          onClose();
        },
      },
    ),
  );
  return (
    <FormDialog
      open
      onClose={update.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Describe {secret.key}</DialogTitle>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogContent sx={{ pt: 1 }}>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextFieldControl
              control={control}
              name="description"
              limit={LIMITS.secretDescription}
              counter
              label="Description"
              helperText="Leave empty to remove the description. The value does not change."
              autoFocus
              multiline
              minRows={2}
              fullWidth
            />
            {update.isError && (
              <Alert severity="error" role="alert">
                Saving failed: {errorMessage(update.error)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          onCancel={onClose}
          pending={update.isPending}
          submitLabel="Save description"
        />
      </form>
    </FormDialog>
  );
}
