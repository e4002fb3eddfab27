import { CssBaseline } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { useState } from 'react';
import { ConfirmProvider } from '../components/confirm-dialog.tsx';
import { NotificationsHost } from '../components/notifications-host.tsx';
import { DemoContext, type DemoControls } from './demo.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';
import { theme } from './theme.ts';

export function App({ demo }: { demo: DemoControls | null }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <DemoContext.Provider value={demo}>
          <ConfirmProvider>
            <RouterProvider router={router} />
            <NotificationsHost />
          </ConfirmProvider>
        </DemoContext.Provider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
