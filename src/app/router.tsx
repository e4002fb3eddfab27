import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import {
  createBrowserRouter,
  createHashRouter,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { routerBasename } from '../config/base-path.ts';
import { env } from '../config/env.ts';
import { paths } from '../config/paths.ts';
import { sessionQueries } from '../features/session/api/viewer.ts';
import { getConnection } from '../lib/connection.ts';
import { AppShell } from './shell/app-shell.tsx';
import { BootShell } from './shell/boot-shell.tsx';
import { LazyRouteError } from './shell/lazy-route-error.tsx';
import type { TitleHandle } from './shell/use-document-title.ts';

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
  /** The page's name in the browser tab (see use-document-title.ts). */
  title: TitleHandle['title'];
  /** The page's chunk. */
  page: () => PageModule;
  /**
   * Starts the page's first request, from a small module loaded beside the page's code (and
   * preloaded from index.html with it: scripts/route-preload-plugin.ts).
   */
  prefetchModule?: () => PrefetchModule;
  /** Sends the navigation elsewhere before the page loads (a redirect), or lets it be (null). */
  guard?: (args: LoaderFunctionArgs) => Response | null;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

export function createAppRouter(queryClient: QueryClient) {
  const child = ({ path, index, title, page, prefetchModule, guard }: PageRoute): RouteObject => {
    const loader = (args: LoaderFunctionArgs) => {
      const elsewhere = guard?.(args);
      if (elsewhere) return elsewhere;
      const { request } = args;
      if (!getConnection()) return null;
      const url = new URL(request.url);
      prefetchModule?.()
        .then((module) => {
          module.prefetch(queryClient, url);
        })
        .catch(() => undefined);
      return null;
    };
    const handle: TitleHandle = { title };
    return index ? { index, lazy: page, loader, handle } : { path, lazy: page, loader, handle };
  };

  const pages: PageRoute[] = [
    {
      path: 'users',
      title: 'Users',
      page: () => import('../features/users/routes/users-page.tsx'),
      prefetchModule: () => import('../features/users/api/prefetch.ts'),
    },
    {
      path: 'users/invitations',
      title: 'Pending invitations · Users',
      page: () => import('../features/users/routes/invitations-page.tsx'),
    },
    {
      path: 'users/:userId',
      title: 'User · Users',
      page: () => import('../features/users/routes/user-detail-page.tsx'),
    },
    {
      path: 'groups',
      title: 'Groups',
      page: () => import('../features/groups/routes/groups-page.tsx'),
      prefetchModule: () => import('../features/groups/api/prefetch.ts'),
    },
    {
      path: 'groups/:groupId',
      title: 'Group · Groups',
      page: () => import('../features/groups/routes/group-detail-page.tsx'),
    },
    {
      path: 'datasets',
      title: 'Datasets',
      page: () => import('../features/datasets/routes/datasets-page.tsx'),
      prefetchModule: () => import('../features/datasets/api/prefetch.ts'),
    },
    {
      path: 'datasets/:datasetName',
      title: ({ datasetName }) => `${datasetName ?? 'Dataset'} · Datasets`,
      page: () => import('../features/datasets/routes/dataset-access-page.tsx'),
    },
    {
      path: 'access',
      title: 'Access',
      page: () => import('../features/access/routes/access-page.tsx'),
    },
    {
      path: 'plugins',
      title: 'Plugins',
      page: () => import('../features/plugins/routes/plugins-page.tsx'),
      prefetchModule: () => import('../features/plugins/api/prefetch.ts'),
    },
    {
      path: 'plugins/:pluginName',
      title: ({ pluginName }) => `${pluginName ?? 'Plugin'} · Plugins`,
      page: () => import('../features/plugins/routes/plugin-detail-page.tsx'),
    },
    {
      path: 'secrets',
      title: 'Secrets',
      page: () => import('../features/secrets/routes/secrets-page.tsx'),
      prefetchModule: () => import('../features/secrets/api/prefetch.ts'),
    },
    {
      path: 'snapshots',
      title: 'Snapshots',
      page: () => import('../features/snapshots/routes/snapshots-page.tsx'),
      prefetchModule: () => import('../features/snapshots/api/prefetch.ts'),
    },
    {
      path: 'snapshots/:datasetName',
      title: ({ datasetName }) => `${datasetName ?? 'Dataset'} · Snapshots`,
      page: () => import('../features/snapshots/routes/snapshots-page.tsx'),
    },
    {
      path: 'snapshots/:datasetName/:snapshotName',
      title: ({ datasetName, snapshotName }) =>
        `${snapshotName ?? 'Snapshot'} · ${datasetName ?? 'Dataset'} · Snapshots`,
      page: () => import('../features/snapshots/routes/snapshots-page.tsx'),
    },
    {
      path: 'orchestrators',
      title: 'Orchestrators',
      page: () => import('../features/orchestrators/routes/orchestrators-page.tsx'),
      prefetchModule: () => import('../features/orchestrators/api/prefetch.ts'),
    },
    {
      path: 'orchestrators/:instanceId',
      title: ({ instanceId }) => `${instanceId ?? 'Orchestrator'} · Orchestrators`,
      page: () => import('../features/orchestrators/routes/orchestrator-detail-page.tsx'),
    },
    {
      path: 'settings/*',
      // The page adds its tab's name (settings-page.tsx).
      title: 'Settings',
      page: () => import('../features/settings/routes/settings-page.tsx'),
      // /settings, and an address that names no tab, open the first tab. Redirected inside the
      // navigation rather than by the page once drawn: that would run after a transition's commit
      // and, on a busy machine, could replace a newer address (a tab asked for meanwhile).
      guard: ({ request, params }) =>
        isSettingsTab(params['*'])
          ? null
          : redirect(paths.settings.apiKeys() + new URL(request.url).search),
    },
    { path: '*', title: 'Page not found', page: () => import('./routes/not-found.tsx') },
  ];

  // The start page sends you to the first area you can use: at once from its loader when the
  // console already knows who you are, otherwise the page waits for it (the shell is on screen
  // meanwhile, with the connection button, even when the API does not answer).
  const start: RouteObject = {
    index: true,
    handle: { title: '' } satisfies TitleHandle,
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
      // Plain markup, as index.html draws it before any script: the first paint needs no
      // component's code, and nothing changes on screen until the page is ready.
      hydrateFallbackElement: <BootShell />,
      // Who is signed in and what the server offers beyond the published schema, in one request
      // asked at once, beside the page's own first request (which waits for what it offers).
      loader: () => {
        if (getConnection()) {
          queryClient.query(sessionQueries.viewer()).catch(() => undefined);
        }
        return null;
      },
      children: [start, ...pages.map(child)],
    },
  ];
  return env.hashRouter
    ? createHashRouter(routes)
    : createBrowserRouter(routes, { basename: routerBasename() });
}

/** Whether an address below /settings (its splat) is one of the tabs' (paths.settings). */
function isSettingsTab(splat: string | undefined): boolean {
  const to = `${paths.settings.root()}/${(splat ?? '').replace(/\/+$/, '')}`;
  return Object.entries(paths.settings).some(([name, of]) => name !== 'root' && of() === to);
}
