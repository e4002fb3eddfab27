import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '../src/app/query-client.ts';
import { getTheme } from '../src/app/theme.ts';
import { ConfirmProvider } from '../src/components/confirm-dialog.tsx';
import { NotificationsHost } from '../src/components/notifications-host.tsx';
import { setConnection } from '../src/lib/connection.ts';
import { PERSONAS } from '../mocks/engine/personas.ts';
import type { Persona } from '../mocks/engine/types.ts';

export function persona(id: Persona['id']): Persona {
  const found = PERSONAS.find((p) => p.id === id);
  if (!found) throw new Error(`No persona ${id}`);
  return found;
}

/**
 * Renders through fresh providers, signed in as a demo persona, against the MSW mock.
 * `routes` lets a page read its params and search; `path` is the first URL.
 */
export function renderWithProviders(
  ui: ReactNode,
  {
    as = 'admin',
    path = '/',
    routePath = '*',
  }: { as?: Persona['id']; path?: string; routePath?: string } = {},
) {
  setConnection({ apiUrl: '', apiKey: persona(as).apiKey });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const routes: RouteObject[] = [{ path: routePath, element: ui }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <ThemeProvider theme={getTheme()}>
      <QueryClientProvider client={queryClient}>
        <ConfirmProvider>
          <RouterProvider router={router} />
          <NotificationsHost />
        </ConfirmProvider>
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...result, user, queryClient, router };
}
