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
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextFieldControl } from '../../components/form/text-field-control.tsx';
import { env } from '../../config/env.ts';
import {
  connectionSchema,
  type ConnectionForm,
} from '../../features/session/api/connection-schema.ts';
import { testConnection } from '../../features/session/api/test-connection.ts';
import type { Viewer } from '../../features/session/api/viewer.ts';
import { errorMessage } from '../../lib/api-error.ts';
import { getConnection } from '../../lib/connection.ts';
import { roleText } from '../../lib/roles.ts';
import { useDemo } from '../demo.ts';
import { PersonaPicker } from './persona-picker.tsx';
import { continueWith } from './switch-connection.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'ok'; viewer: Viewer }
  | { kind: 'failed'; message: string };

export function ConnectionDialog({
  open,
  required = false,
  message,
  onClose,
}: {
  open: boolean;
  /** No way to dismiss it: nothing works without a connection. */
  required?: boolean;
  /** Why the dialog opened (e.g. the API refused the key). */
  message?: string | null;
  onClose: () => void;
}) {
  const demo = useDemo();
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={required ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {demo ? 'Demo: choose who you are' : 'Connect to FiftyOne Enterprise'}
      </DialogTitle>
      {message && (
        <Alert severity="error" sx={{ mx: 3 }} role="alert">
          {asSentence(message)}{' '}
          {demo ? 'Choose a persona to continue.' : 'Enter another API key to continue.'}
        </Alert>
      )}
      {demo ? (
        <PersonaPicker onDone={onClose} />
      ) : (
        <ConnectionFormBody required={required} onDone={onClose} />
      )}
    </Dialog>
  );
}

function ConnectionFormBody({ required, onDone }: { required: boolean; onDone: () => void }) {
  const queryClient = useQueryClient();
  const current = getConnection();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { control, handleSubmit, getValues, trigger } = useForm<ConnectionForm>({
    resolver: zodResolver(connectionSchema),
    defaultValues: { apiUrl: current?.apiUrl ?? '', apiKey: '' },
  });

  const test = async (values: ConnectionForm) => {
    setStatus({ kind: 'testing' });
    try {
      const viewer = await testConnection(values);
      setStatus({ kind: 'ok', viewer });
      return viewer;
    } catch (error) {
      setStatus({ kind: 'failed', message: errorMessage(error) });
      return null;
    }
  };

  const connect = handleSubmit(async (values) => {
    const viewer = await test(values);
    if (viewer) {
      const next = { apiUrl: values.apiUrl, apiKey: values.apiKey };
      continueWith(queryClient, next, (before) => before.id === viewer.id);
      onDone();
    }
  });

  return (
    <form onSubmit={(event) => void connect(event)} noValidate>
      <DialogContent>
        <Stack spacing={2}>
          <TextFieldControl
            control={control}
            name="apiUrl"
            label="API URL"
            placeholder={
              env.apiProxy
                ? 'This site (proxied to FIFTYONE_API_URI)'
                : 'https://api.fiftyone.mycompany.com'
            }
            helperText={
              env.apiProxy
                ? 'Leave empty to use this server’s proxy to FIFTYONE_API_URI.'
                : 'The FiftyOne API’s base URL; it must allow this site’s origin (CORS). Leave empty to use this site.'
            }
            fullWidth
          />
          <TextFieldControl
            control={control}
            name="apiKey"
            label="API key"
            type="password"
            autoComplete="off"
            helperText="Kept in this browser tab only (session storage), never in a URL."
            required
            fullWidth
            autoFocus
          />
          {status.kind === 'ok' && (
            <Alert severity="success">
              API connection succeeded: {status.viewer.name} ({status.viewer.email}),{' '}
              {roleText(status.viewer.role)}.
            </Alert>
          )}
          {status.kind === 'failed' && (
            <Alert severity="error" role="alert">
              {status.message}
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary">
            Generate a key in FiftyOne Enterprise under Settings › API keys. Guests cannot use API
            keys.
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        {!required && <Button onClick={onDone}>Cancel</Button>}
        <Button
          onClick={() => {
            void trigger().then((valid) => (valid ? test(getValues()) : null));
          }}
          disabled={status.kind === 'testing'}
        >
          Test connection
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={status.kind === 'testing'}
          startIcon={
            status.kind === 'testing' ? <CircularProgress size={16} color="inherit" /> : undefined
          }
        >
          Connect
        </Button>
      </DialogActions>
    </form>
  );
}

/** The server's message as a sentence: it often ends without a full stop. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
