import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Button,
  Chip,
  Paper,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { env } from '../../../config/env.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { notify } from '../../../lib/notifications.ts';
import { signedInKey } from '../../../lib/signed-in-key.ts';
import { LINKABLE_DIALOGS, useDialogParam } from '../../../lib/use-dialog-param.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { apiKeyQueries, useRemoveApiKey, type ApiKey } from '../api/api-keys.ts';
import { GenerateKeyDialog } from './generate-key-dialog.tsx';
import { ClampedText } from '../../../components/clamped-text.tsx';

/**
 * A user's API keys: list, generate (shown once), delete. `owner` is null for your own keys,
 * or the user an admin is managing.
 */
export function ApiKeysPanel({
  userId,
  owner,
  isGuest,
}: {
  userId: string;
  owner: { name: string } | null;
  isGuest: boolean;
}) {
  const keys = useQuery({ ...apiKeyQueries.list(userId), enabled: !isGuest });
  const remove = useRemoveApiKey(userId);
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const [generating, setGenerating] = useDialogParam(LINKABLE_DIALOGS.generateKey);
  const whose = owner ? `${owner.name}’s` : 'your';

  const askDelete = (key: ApiKey) => {
    const signedInWith = owner ? 'not-this' : signedInKey(key.id, keys.data ?? []);
    return confirm({
      title: `Delete the API key “${key.name}”?`,
      description: (
        <>
          Every script, notebook or service that uses {whose} key “{key.name}” stops working at
          once. This cannot be undone.
          {signedInWith !== 'not-this' && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {signedInWith === 'this'
                ? 'This is the key this console is signed in with: '
                : 'One of your keys is the one this console is signed in with. If it is this one, '}
              the console stops working for you at once and asks for another key
              {env.mock ? ' (in this demo, a persona)' : ''}.
            </Alert>
          )}
        </>
      ),
      confirmLabel: 'Delete key',
      destructive: true,
      action: async () => {
        await remove.mutateAsync({ keyId: key.id });
        notify(`The API key “${key.name}” was deleted.`);
        // Your own key: ask the API who you are now. If this was the console's key, the refusal
        // (HTTP 401) opens the connection dialog at once rather than at the next click.
        if (!owner) await queryClient.invalidateQueries({ queryKey: sessionQueries.all() });
      },
    });
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="API keys">
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          API keys
        </Typography>
        {!isGuest && (
          <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setGenerating(true)}>
            Generate key
          </Button>
        )}
      </Stack>
      {isGuest ? (
        <Alert severity="info">Guests cannot create or use API keys.</Alert>
      ) : keys.isPending ? (
        <Skeleton variant="rounded" height={80} role="progressbar" aria-label="Loading API keys" />
      ) : keys.isError ? (
        <ErrorState what="Loading API keys" error={keys.error} onRetry={() => keys.refetch()} />
      ) : !keys.data || keys.data.length === 0 ? (
        <EmptyState title="No API keys">
          {owner
            ? `${owner.name} has no API keys.`
            : 'Generate a key to use the FiftyOne SDK or this console from a script.'}
        </EmptyState>
      ) : (
        <Table size="small" aria-label={`${whose} API keys`}>
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Created</TableCell>
              <TableCell>ID</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...keys.data]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((key) => (
                <TableRow key={key.id}>
                  <TableCell>
                    <ClampedText lines={2} maxWidth="24rem" title={key.name}>
                      {key.name}
                    </ClampedText>
                    {!owner && signedInKey(key.id, keys.data ?? []) === 'this' && (
                      <Chip size="small" label="This console" sx={{ ml: 1 }} />
                    )}
                  </TableCell>
                  <TableCell>{formatDateTime(key.createdAt)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{key.id}</TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      color="error"
                      aria-label={`Delete key ${key.name}`}
                      onClick={() => void askDelete(key)}
                    >
                      Delete
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      )}
      {generating && !isGuest && (
        <GenerateKeyDialog
          userId={userId}
          ownerName={owner?.name ?? null}
          onClose={() => setGenerating(false)}
        />
      )}
    </Paper>
  );
}
