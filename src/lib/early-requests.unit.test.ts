import type { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVALID_KEY_MESSAGE } from '../../mocks/engine/auth.ts';
import { PERSONAS } from '../../mocks/engine/personas.ts';
import { mockEngine, server } from '../../mocks/node.ts';
import { readRoutes } from '../../scripts/route-preload-plugin.ts';
import type { FirstRequestModule } from '../app/early-start.ts';

// A first load's requests leave before the framework (app/early-start.ts); the app then takes
// their answers instead of asking again. Seen from the API: one request per document, and the
// page shows what it would have shown. Each test loads the console's modules afresh: the console
// starts once per page load.

const API_URL = 'https://fiftyone.example.test';
const ADMIN_KEY = PERSONAS.find((p) => p.id === 'admin')?.apiKey ?? '';

/** The operation name of every GraphQL request the API received in this test. */
let received: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
  server.events.on('request:start', ({ request }) => {
    void request
      .clone()
      .json()
      .then((body: { operationName?: string }) => received.push(body.operationName ?? '?'));
  });
});
beforeEach(() => {
  mockEngine.reset();
  mockEngine.setScenario(null);
  mockEngine.setSchemaMode('full');
  received = [];
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());
afterAll(() => server.close());

/** The console freshly loaded at `address`, signed in with `apiKey`. */
async function loadConsole(address: string, apiKey = ADMIN_KEY) {
  vi.stubGlobal('location', new URL(address));
  const { setConnection } = await import('./connection.ts');
  setConnection({ apiUrl: API_URL, apiKey });
  const { startEarly } = await import('../app/early-start.ts');
  const firstRequestModule = await import('../features/users/api/first-request.ts');
  const { createQueryClient } = await import('../app/query-client.ts');
  const { sessionQueries } = await import('../features/session/api/viewer.ts');
  const { userQueries } = await import('../features/users/api/queries.ts');
  const { parseUsersListParams } = await import('../features/users/api/list-params.ts');
  const queryClient = createQueryClient();
  return {
    /** What the route preloader's script does for the users page. */
    startEarly: () => startEarly(firstRequestModule),
    /** What the app then asks for: who is signed in, and the users page of the address. */
    viewer: () => queryClient.query(sessionQueries.viewer()),
    users: (search = new URL(address).searchParams) =>
      queryClient.query(userQueries.list(parseUsersListParams(search))),
  };
}

/** Until the API has received `count` requests (they are counted as they arrive). */
async function receivedCount(count: number) {
  await vi.waitFor(() => expect(received).toHaveLength(count), { timeout: 15_000 });
}

describe('a first load’s early requests', () => {
  it('are sent at once, and the app takes their answers instead of asking again', async () => {
    const console_ = await loadConsole('https://console.test/users?q=name%3Aada');
    console_.startEarly();
    await receivedCount(2);
    expect(received.sort()).toEqual(['UsersPage', 'Viewer']);

    const viewer = await console_.viewer();
    const users = await console_.users();
    expect(viewer.name).toBe('Ada Lovelace');
    expect(users.rows.map((row) => row.name)).toEqual(['Ada Lovelace']);
    // Nothing more reached the API.
    expect(received).toHaveLength(2);
  });

  it('answer only the same request: other variables are asked for again', async () => {
    const console_ = await loadConsole('https://console.test/users?q=name%3Aada');
    console_.startEarly();
    await receivedCount(2);
    const users = await console_.users(new URLSearchParams('q=name:milo'));
    expect(users.rows.map((row) => row.name)).not.toContain('Ada Lovelace');
    expect(received).toHaveLength(3);
  });

  it('are not sent once the app has started asking', async () => {
    const console_ = await loadConsole('https://console.test/users');
    await console_.viewer();
    console_.startEarly();
    await console_.users();
    expect(received.sort()).toEqual(['UsersPage', 'Viewer']);
  });

  it('fail as the app’s own request would: a refused key is the same error', async () => {
    const console_ = await loadConsole('https://console.test/users', 'not-a-key');
    console_.startEarly();
    await receivedCount(2);
    await expect(console_.viewer()).rejects.toMatchObject({
      kind: 'auth',
      messages: [INVALID_KEY_MESSAGE],
    });
    expect(received).toHaveLength(2);
  });

  it('send nothing for a page whose first request depends on a filter read in pages', async () => {
    const console_ = await loadConsole('https://console.test/users?role=GUEST');
    console_.startEarly();
    await receivedCount(1);
    expect(received).toEqual(['Viewer']);
  });
});

// Every list page the build sends a first request for (the route preloader reads the same table
// from the router): the page's own query, started as its route's loader starts it, asks for
// nothing more. A first request that drifted from its query would cost a second request.
const ROUTES = readRoutes(new URL('../app/router.tsx', import.meta.url).pathname).filter(
  (route) => route.firstRequest !== null,
);

describe('every list page’s early request is the one its query sends', () => {
  it('covers the list pages', () => {
    expect(ROUTES.map((route) => route.path).sort()).toEqual([
      'datasets',
      'groups',
      'orchestrators',
      'plugins',
      'secrets',
      'snapshots',
      'users',
    ]);
  });

  for (const schema of ['full', 'published'] as const) {
    it.each(ROUTES.map((route) => [route.path, route] as const))(
      `/%s on a server with the ${schema} schema`,
      async (path, route) => {
        mockEngine.setSchemaMode(schema);
        vi.stubGlobal('location', new URL(`https://console.test/${path}`));
        const { setConnection } = await import('./connection.ts');
        setConnection({ apiUrl: API_URL, apiKey: ADMIN_KEY });
        const { startEarly } = await import('../app/early-start.ts');
        const { createQueryClient } = await import('../app/query-client.ts');
        const page = (await import(route.firstRequest ?? '')) as FirstRequestModule;
        const [prefetchModule] = route.modules;
        const { prefetch } = (await import(prefetchModule ?? '')) as {
          prefetch: (client: QueryClient, url: URL) => void;
        };

        startEarly(page);
        // The Viewer request, and the page's own (after the Viewer answer when it depends on it).
        if (schema === 'full') await receivedCount(2);
        const queryClient = createQueryClient();
        prefetch(queryClient, new URL(`https://console.test/${path}`));
        await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 15_000 });
        const failed = queryClient
          .getQueryCache()
          .getAll()
          .filter((query) => query.state.status === 'error');
        expect(failed.map((query) => query.state.error)).toEqual([]);
        // On the full schema, nothing more than the early requests reached the API.
        if (schema === 'full') expect(received).toHaveLength(2);
      },
    );
  }
});
