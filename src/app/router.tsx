import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import {
  createBrowserRouter,
  createHashRouter,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { env } from '../config/env.ts';
import { paths } from '../config/paths.ts';
import { sessionQueries } from '../features/session/api/viewer.ts';
import { prefetchUsersPage } from '../features/users/api/prefetch.ts';
import { getConnection } from '../lib/connection.ts';
import { AppShell } from './shell/app-shell.tsx';
import { LazyRouteError } from './shell/lazy-route-error.tsx';
import { serverFeatureQueries } from '../lib/server-features.ts';

// Each area is its own lazy chunk. At navigation the router loads a page's code and runs its
// loader at the same time; the loader starts the page's first request and returns at once, so
// the data does not wait for the code (no waterfall). The shell and the page then render in one
// pass: measured, that paints the first row sooner than drawing the shell first and revealing the
// page from a Suspense boundary, which React holds back to batch reveals.
type PageModule = Promise<{ Component: ComponentType }>;
type Prefetch = (queryClient: QueryClient, url: URL) => void;
type PrefetchModule = Promise<{ prefetch: Prefetch }>;

interface PageRoute {
  path?: string;
  index?: true;
  /** The page's chunk. */
  page: () => PageModule;
  /** Starts the page's first request (code already in the entry). */
  prefetch?: Prefetch;
  /** The same, from a small module loaded beside the page's code. */
  prefetchModule?: () => PrefetchModule;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

export function createAppRouter(queryClient: QueryClient) {
  const child = ({ path, index, page, prefetch, prefetchModule }: PageRoute): RouteObject => {
    const loader = ({ request }: LoaderFunctionArgs) => {
      if (!getConnection()) return null;
      const url = new URL(request.url);
      prefetch?.(queryClient, url);
      prefetchModule?.()
        .then((module) => {
          module.prefetch(queryClient, url);
        })
        .catch(() => undefined);
      return null;
    };
    return index ? { index, lazy: page, loader } : { path, lazy: page, loader };
  };

  const pages: PageRoute[] = [
    {
      path: 'users',
      page: () => import('../features/users/routes/users-page.tsx'),
      prefetch: prefetchUsersPage,
    },
    {
      path: 'users/invitations',
      page: () => import('../features/users/routes/invitations-page.tsx'),
    },
    { path: 'users/:userId', page: () => import('../features/users/routes/user-detail-page.tsx') },
    {
      path: 'groups',
      page: () => import('../features/groups/routes/groups-page.tsx'),
      prefetchModule: () => import('../features/groups/api/prefetch.ts'),
    },
    {
      path: 'groups/:groupId',
      page: () => import('../features/groups/routes/group-detail-page.tsx'),
    },
    {
      path: 'datasets',
      page: () => import('../features/datasets/routes/datasets-page.tsx'),
      prefetchModule: () => import('../features/datasets/api/prefetch.ts'),
    },
    {
      path: 'datasets/:datasetName',
      page: () => import('../features/datasets/routes/dataset-access-page.tsx'),
    },
    {
      path: 'plugins',
      page: () => import('../features/plugins/routes/plugins-page.tsx'),
      prefetchModule: () => import('../features/plugins/api/prefetch.ts'),
    },
    {
      path: 'plugins/:pluginName',
      page: () => import('../features/plugins/routes/plugin-detail-page.tsx'),
    },
    {
      path: 'secrets',
      page: () => import('../features/secrets/routes/secrets-page.tsx'),
      prefetchModule: () => import('../features/secrets/api/prefetch.ts'),
    },
    {
      path: 'snapshots',
      page: () => import('../features/snapshots/routes/snapshots-page.tsx'),
      prefetchModule: () => import('../features/snapshots/api/prefetch.ts'),
    },
    {
      path: 'snapshots/:datasetName',
      page: () => import('../features/snapshots/routes/snapshots-page.tsx'),
    },
    {
      path: 'snapshots/:datasetName/:snapshotName',
      page: () => import('../features/snapshots/routes/snapshots-page.tsx'),
    },
    {
      path: 'orchestrators',
      page: () => import('../features/orchestrators/routes/orchestrators-page.tsx'),
      prefetchModule: () => import('../features/orchestrators/api/prefetch.ts'),
    },
    {
      path: 'orchestrators/:instanceId',
      page: () => import('../features/orchestrators/routes/orchestrator-detail-page.tsx'),
    },
    { path: 'settings/*', page: () => import('../features/settings/routes/settings-page.tsx') },
    { path: '*', page: () => import('./routes/not-found.tsx') },
  ];

  // The start page sends you to the first area you can use: at once from its loader when the
  // console already knows who you are, otherwise the page waits for it (the shell is on screen
  // meanwhile, with the connection button, even when the API does not answer).
  const start: RouteObject = {
    index: true,
    lazy: () => import('./routes/home.tsx'),
    loader: () => {
      const viewer = queryClient.getQueryData(sessionQueries.viewer().queryKey);
      if (!getConnection() || !viewer) return null;
      return redirect(paths.start(viewer.role));
    },
  };

  const routes: RouteObject[] = [
    {
      path: '/',
      element: <AppShell />,
      errorElement: <LazyRouteError />,
      // Plain markup: the first paint needs no progress component's code.
      hydrateFallbackElement: <div role="progressbar" aria-label="Loading" />,
      // Who is signed in and what the server offers beyond the published schema: asked at once,
      // beside the page's own first request (which waits for the second).
      loader: () => {
        if (getConnection()) {
          queryClient.query(sessionQueries.viewer()).catch(() => undefined);
          queryClient.query(serverFeatureQueries.features()).catch(() => undefined);
        }
        return null;
      },
      children: [start, ...pages.map(child)],
    },
  ];
  return env.hashRouter ? createHashRouter(routes) : createBrowserRouter(routes);
}
