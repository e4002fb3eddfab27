import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { testConnection } from '../../features/session/api/test-connection.ts';
import { errorMessage } from '../../lib/api-error.ts';
import { roleText } from '../../lib/roles.ts';
import { useConfirm } from '../../components/confirm-dialog.tsx';
import { getConnection } from '../../lib/connection.ts';
import { notify } from '../../lib/notifications.ts';
import { useDemo } from '../demo.ts';
import { continueWith, switchConnection } from './switch-connection.ts';

/** The demo's persona switcher: see the console as each of them sees it. */
export function PersonaPicker({ onDone }: { onDone: () => void }) {
  const demo = useDemo();
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const [tested, setTested] = useState<{ ok: boolean; message: string } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  if (!demo) return null;
  const current = getConnection();
  const currentKey = current?.apiKey;
  // test_api_connection(): health, then viewer, against the embedded mock.
  const test = () => {
    if (!current) return;
    testConnection(current).then(
      (viewer) =>
        setTested({
          ok: true,
          message: `API connection succeeded: ${viewer.name}, ${roleText(viewer.role)}.`,
        }),
      (error: unknown) => setTested({ ok: false, message: errorMessage(error) }),
    );
  };
  return (
    <>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>
          This demo runs on a simulated FiftyOne API inside your browser. Pick a persona to see the
          console as they see it.
        </Typography>
        <List aria-label="Personas">
          {demo.personas.map((persona) => (
            <ListItemButton
              key={persona.id}
              selected={persona.apiKey === currentKey}
              onClick={() => {
                // Their key may have been deleted (from this console, even): it is issued again.
                const reason = demo.preparePersona(persona.id);
                setRefused(reason);
                if (reason) return;
                continueWith(
                  queryClient,
                  { apiUrl: '', apiKey: persona.apiKey },
                  (viewer) => viewer.email === persona.email,
                );
                onDone();
              }}
            >
              <ListItemText
                primary={`${persona.label}: ${persona.name}`}
                secondary={persona.email}
              />
            </ListItemButton>
          ))}
        </List>
        {refused && (
          <Alert severity="error" role="alert" sx={{ mb: 1 }}>
            {refused}
          </Alert>
        )}
        {tested && (
          <Alert severity={tested.ok ? 'success' : 'error'} sx={{ mb: 1 }}>
            {tested.message}
          </Alert>
        )}
        <Alert severity="info">
          There is no guest persona: guests cannot create or use API keys, so they cannot use this
          console.
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button
          color="error"
          onClick={() => {
            void confirm({
              title: 'Reset demo data?',
              description:
                'Every change made in this demo (users, invitations, keys and the rest) is lost, and the demo organization is restored.',
              confirmLabel: 'Reset demo data',
              destructive: true,
              action: () => {
                demo.reset();
                // The same key, but everything read before the reset is gone and every view
                // mounts afresh: the header, the navigation and the page agree at once.
                switchConnection(queryClient, getConnection());
                notify('The demo data was reset.');
                return Promise.resolve();
              },
            });
          }}
        >
          Reset demo data
        </Button>
        <Button onClick={test} disabled={!current}>
          Test connection
        </Button>
        <Button onClick={onDone}>Close</Button>
      </DialogActions>
    </>
  );
}
