import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { ShellToolbar } from '../shell/shell-toolbar.tsx';
import { useDemo } from '../demo.ts';
import { LazyConnectionDialog as ConnectionDialog } from './lazy-connection-dialog.tsx';
import { useAuthFailure, useConnection } from './use-connection.ts';

// Without a connection, the console asks for one: nothing else can work until then. After the
// API refused the key in use (revoked, expired), it asks for another over the views, which stay
// as they are behind it, with whatever was typed in them: the same person's new key carries on
// there (continueWith), anyone else's starts afresh.
export function ConnectionGate({ children }: { children: ReactNode }) {
  const connection = useConnection();
  const authFailure = useAuthFailure();
  const demo = useDemo();
  if (demo?.unavailable) {
    return (
      <Box component="main" sx={{ p: 3, flexGrow: 1 }}>
        <ShellToolbar />
        <Box
          role="alert"
          sx={{ typography: 'body1', color: 'error.main', p: 2, border: 1, borderRadius: 1 }}
        >
          {demo.unavailable}
        </Box>
      </Box>
    );
  }
  if (!connection) {
    return (
      <Box component="main" sx={{ flexGrow: 1 }}>
        <ShellToolbar />
        <ConnectionDialog open required message={authFailure} onClose={() => undefined} />
      </Box>
    );
  }
  return (
    <>
      {children}
      {authFailure && (
        <ConnectionDialog open required message={authFailure} onClose={() => undefined} />
      )}
    </>
  );
}
