import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { ConfirmProvider } from '../components/confirm-dialog.tsx';
import { NotificationsHost } from '../components/notifications-host.tsx';
import { DemoContext, type DemoControls } from './demo.ts';
import { FollowOtherTabs } from './follow-other-tabs.ts';
import type { AppRouter } from './router.tsx';
import { getTheme } from './theme.ts';
// The baseline styles (CssBaseline's), as a style sheet the browser applies before any script.
import './baseline.css';

interface AppProps {
  demo: DemoControls | null;
  queryClient: QueryClient;
  /** Created before the first render, so its loaders' requests leave before React renders. */
  router: AppRouter;
}

export function App({ demo, queryClient, router }: AppProps) {
  return (
    // The theme's CSS variables come as a style sheet made at build time (imported by main.tsx).
    <ThemeProvider theme={getTheme()} defaultMode="system" disableStyleSheetGeneration>
      <QueryClientProvider client={queryClient}>
        <DemoContext.Provider value={demo}>
          <ConfirmProvider>
            {demo && <FollowOtherTabs demo={demo} queryClient={queryClient} />}
            <RouterProvider router={router} />
            <NotificationsHost />
          </ConfirmProvider>
        </DemoContext.Provider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
