import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, DialogContent, DialogTitle, Stack } from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { LIMITS } from '../../../lib/limits.ts';
import { notify } from '../../../lib/notifications.ts';
import {
  addSecretSchema,
  SECRET_KEY_PATTERN,
  suggestKey,
  type AddSecretForm,
} from '../api/secret-schema.ts';
import { useCreateSecret } from '../api/use-secret-mutations.ts';
import { SecretTextFieldControl } from '../../../components/form/secret-text-field.tsx';

/** add_secret(): the key is checked as you type; the value is masked and never shown again. */
export function AddSecretDialog({
  existingKeys,
  initialKey = '',
  declaredBy = [],
  onClose,
}: {
  existingKeys: ReadonlySet<string>;
  initialKey?: string;
  /** Plugins that declare the key (when adding a missing secret). */
  declaredBy?: readonly string[];
  onClose: () => void;
}) {
  const titleId = useId();
  const create = useCreateSecret();
  const schema = useMemo(() => addSecretSchema(existingKeys), [existingKeys]);
  const { control, handleSubmit, setError, setValue } = useForm<AddSecretForm>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: { key: initialKey, value: '', description: '' },
  });
  const typedKey = useWatch({ control, name: 'key' }).trim();
  // `my api-key` → one click to MY_API_KEY, rather than retyping it.
  const suggestion =
    typedKey !== '' && !SECRET_KEY_PATTERN.test(typedKey) ? suggestKey(typedKey) : null;

  const submit = handleSubmit((values) =>
    create.mutate(
      { key: values.key, value: values.value, description: values.description || null },
      {
        onSuccess: (secret) => {
          notify(`Added the secret ${secret.key}.`);
          onClose();
        },
        onError: (error) => {
          // A refusal about the key belongs next to it; the rest shows in the dialog.
          if (isApiError(error) && (error.code === 'CONFLICT' || /key/i.test(error.message))) {
            setError('key', { message: errorMessage(error) });
            create.reset();
          }
        },
      },
    ),
  );

  return (
    <FormDialog
      open
      onClose={create.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Add a secret</DialogTitle>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogContent sx={{ pt: 1 }}>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {declaredBy.length > 0 && (
              <Alert severity="info">
                Declared by {declaredBy.join(', ')}: they can use it as soon as it exists.
              </Alert>
            )}
            <TextFieldControl
              control={control}
              name="key"
              label="Key"
              helperText="UPPER_SNAKE_CASE, as plugins read it, e.g. OPENAI_API_KEY."
              autoFocus={initialKey === ''}
              autoComplete="off"
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' } }}
              fullWidth
            />
            {suggestion && (
              <Button
                size="small"
                variant="outlined"
                sx={{ alignSelf: 'flex-start', textTransform: 'none' }}
                onClick={() => setValue('key', suggestion, { shouldValidate: true })}
              >
                Use {suggestion}
              </Button>
            )}
            <SecretTextFieldControl
              control={control}
              name="value"
              label="Value"
              helperText="Encrypted when it arrives; nobody can read it back, only replace it."
              autoFocus={initialKey !== ''}
              fullWidth
            />
            <TextFieldControl
              control={control}
              name="description"
              limit={LIMITS.secretDescription}
              counter
              label="Description"
              helperText="Optional: what it is for, and who to ask about it."
              fullWidth
            />
            {create.isError && (
              <Alert severity="error" role="alert">
                Adding the secret failed: {errorMessage(create.error)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions onCancel={onClose} pending={create.isPending} submitLabel="Add secret" />
      </form>
    </FormDialog>
  );
}
