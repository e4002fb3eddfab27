import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  createHashRouter,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { env } from '../config/env.ts';
import { sessionQueries } from '../features/session/api/viewer.ts';
import { prefetchUsersPage } from '../features/users/api/prefetch.ts';
import { getConnection } from '../lib/connection.ts';
import { AppShell } from './shell/app-shell.tsx';
import { LazyRouteError } from './shell/lazy-route-error.tsx';

// Each area is its own lazy chunk. A route's loader starts its first request at navigation,
// in parallel with loading the route's code (no waterfall), and never blocks rendering.
type PrefetchModule = Promise<{ prefetch: (queryClient: QueryClient, url: URL) => void }>;

export function createAppRouter(queryClient: QueryClient) {
  // A list page's loader fetches a small module and starts the page's request with it, while
  // the page's own (larger) code loads: the data does not wait for the code.
  const prefetchWith =
    (load: () => PrefetchModule) =>
    async ({ request }: LoaderFunctionArgs) => {
      if (getConnection()) (await load()).prefetch(queryClient, new URL(request.url));
      return null;
    };

  const routes: RouteObject[] = [
    {
      path: '/',
      element: <AppShell />,
      errorElement: <LazyRouteError />,
      // Plain markup: the first paint needs no progress component's code.
      hydrateFallbackElement: <div role="progressbar" aria-label="Loading" />,
      // Who is signed in: asked at once, beside the page's own first request.
      loader: () => {
        if (getConnection()) queryClient.query(sessionQueries.viewer()).catch(() => undefined);
        return null;
      },
      children: [
        { index: true, lazy: () => import('./routes/home.tsx') },
        {
          path: 'users',
          loader: ({ request }) => {
            prefetchUsersPage(queryClient, new URL(request.url));
            return null;
          },
          lazy: () => import('../features/users/routes/users-page.tsx'),
        },
        {
          path: 'users/invitations',
          lazy: () => import('../features/users/routes/invitations-page.tsx'),
        },
        {
          path: 'users/:userId',
          lazy: () => import('../features/users/routes/user-detail-page.tsx'),
        },
        {
          path: 'groups',
          loader: prefetchWith(() => import('../features/groups/api/prefetch.ts')),
          lazy: () => import('../features/groups/routes/groups-page.tsx'),
        },
        {
          path: 'groups/:groupId',
          lazy: () => import('../features/groups/routes/group-detail-page.tsx'),
        },
        {
          path: 'datasets',
          loader: prefetchWith(() => import('../features/datasets/api/prefetch.ts')),
          lazy: () => import('../features/datasets/routes/datasets-page.tsx'),
        },
        {
          path: 'datasets/:datasetName',
          lazy: () => import('../features/datasets/routes/dataset-access-page.tsx'),
        },
        {
          path: 'plugins',
          loader: prefetchWith(() => import('../features/plugins/api/prefetch.ts')),
          lazy: () => import('../features/plugins/routes/plugins-page.tsx'),
        },
        {
          path: 'plugins/:pluginName',
          lazy: () => import('../features/plugins/routes/plugin-detail-page.tsx'),
        },
        {
          path: 'secrets',
          loader: prefetchWith(() => import('../features/secrets/api/prefetch.ts')),
          lazy: () => import('../features/secrets/routes/secrets-page.tsx'),
        },
        {
          path: 'snapshots',
          loader: prefetchWith(() => import('../features/snapshots/api/prefetch.ts')),
          lazy: () => import('../features/snapshots/routes/snapshots-page.tsx'),
        },
        {
          path: 'snapshots/:datasetName',
          lazy: () => import('../features/snapshots/routes/snapshots-page.tsx'),
        },
        {
          path: 'snapshots/:datasetName/:snapshotName',
          lazy: () => import('../features/snapshots/routes/snapshots-page.tsx'),
        },
        {
          path: 'orchestrators',
          loader: prefetchWith(() => import('../features/orchestrators/api/prefetch.ts')),
          lazy: () => import('../features/orchestrators/routes/orchestrators-page.tsx'),
        },
        {
          path: 'orchestrators/:instanceId',
          lazy: () => import('../features/orchestrators/routes/orchestrator-detail-page.tsx'),
        },
        { path: 'settings/*', lazy: () => import('../features/settings/routes/settings-page.tsx') },
        { path: '*', lazy: () => import('./routes/not-found.tsx') },
      ],
    },
  ];
  return env.hashRouter ? createHashRouter(routes) : createBrowserRouter(routes);
}
