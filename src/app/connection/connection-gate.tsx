import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { ShellToolbar } from '../shell/shell-toolbar.tsx';
import { useDemo } from '../demo.ts';
import { LazyConnectionDialog as ConnectionDialog } from './lazy-connection-dialog.tsx';
import { useAuthFailure, useConnection } from './use-connection.ts';

// Without a connection, or after the API refused the key, the console asks for one;
// nothing else can work until then.
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
  if (!connection || authFailure) {
    return (
      <Box component="main" sx={{ flexGrow: 1 }}>
        <ShellToolbar />
        <ConnectionDialog open required message={authFailure} onClose={() => undefined} />
      </Box>
    );
  }
  return <>{children}</>;
}
