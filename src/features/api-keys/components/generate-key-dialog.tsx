import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { CopyButton } from '../../../components/copy-button.tsx';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { LIMITS } from '../../../lib/limits.ts';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import {
  apiKeyNameSchema,
  useGenerateApiKey,
  type ApiKeyNameForm,
  type GeneratedApiKey,
} from '../api/api-keys.ts';

/** generate_api_key(): the raw key is shown exactly once, here, with a copy button. */
export function GenerateKeyDialog({
  userId,
  ownerName,
  onClose,
}: {
  userId: string;
  ownerName: string | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const generate = useGenerateApiKey(userId);
  const [created, setCreated] = useState<GeneratedApiKey | null>(null);
  const { control, handleSubmit, setError } = useForm<ApiKeyNameForm>({
    resolver: zodResolver(apiKeyNameSchema),
    defaultValues: { name: '' },
  });
  const submit = handleSubmit((values) =>
    generate.mutateAsync(values).then(setCreated, (error: unknown) => {
      // A refused name belongs next to it; an API that failed to answer shows in the dialog.
      if (isApiError(error) && error.kind === 'validation') {
        setError('name', { message: errorMessage(error) });
        generate.reset();
      }
    }),
  );

  return (
    <Dialog
      open
      onClose={() => {
        // Escape or a click outside must not lose a key shown once: only "I have copied it"
        // closes it then. Nothing is lost while the name is being typed, so there they close.
        if (!generate.isPending && !created?.key) onClose();
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {ownerName ? `Generate an API key for ${ownerName}` : 'Generate an API key'}
      </DialogTitle>
      {created?.key ? (
        <>
          <DialogContent>
            <Stack spacing={2}>
              <Alert severity="warning">
                Copy this key now. It cannot be shown again: if it is lost, generate a new key.
              </Alert>
              <Typography>
                Key <strong>{created.name}</strong>:
              </Typography>
              <Box
                component="code"
                aria-label="New API key"
                sx={{
                  p: 1.5,
                  borderRadius: 1,
                  bgcolor: 'action.hover',
                  fontFamily: 'monospace',
                  wordBreak: 'break-all',
                }}
              >
                {created.key}
              </Box>
              <Box>
                <CopyButton value={created.key} label="Copy key" />
              </Box>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={onClose}>
              I have copied it
            </Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogContent>
            <TextFieldControl
              control={control}
              name="name"
              limit={LIMITS.apiKeyName}
              label="Key name"
              helperText="What will use this key, e.g. “nightly-export” or “laptop notebook”."
              fullWidth
              autoFocus
              sx={{ mt: 1 }}
            />
            {generate.isError && (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                Generating the key failed: {errorMessage(generate.error)}
              </Alert>
            )}
          </DialogContent>
          <FormDialogActions
            onCancel={onClose}
            pending={generate.isPending}
            submitLabel="Generate key"
          />
        </form>
      )}
    </Dialog>
  );
}
