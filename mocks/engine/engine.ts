import type { GraphQLSchema } from 'graphql';
import { authenticate, INVALID_KEY_MESSAGE, unauthorized } from './auth.ts';
import { createContext } from './context.ts';
import { downloadFile, fileNotFound, uploadFile } from './files.ts';
import { withUnknownValues } from './forward-compat.ts';
import { handleGraphQL } from './graphql-endpoint.ts';
import { delay, json, message, preflight } from './http.ts';
import { resolvers } from './resolvers/all.ts';
import { SLOW_DELAY_MS, type ScenarioName } from './scenarios.ts';
import type { SchemaMode } from './published-schema.ts';
import { createExecutableSchema, createOlderServerSchema } from './schema.ts';
import { parseStore } from './store-json.ts';
import { buildSeed } from './seed/index.ts';
import type { SeedName, Store } from './types.ts';

export type { ScenarioName } from './scenarios.ts';
export type { SchemaMode } from './published-schema.ts';

export interface MockEngine {
  /** Serves the real server's HTTP surface from a fetch Request. */
  handle(request: Request): Promise<Response>;
  /** The live store (mutable). */
  readonly store: Store;
  /** Replace the store with a fresh seed (default: the engine's seed). */
  reset(seed?: SeedName): void;
  /** Serialise/restore the store (the browser demo persists it across reloads). */
  dump(): string;
  load(json: string): void;
  /** Named failure scenarios, null = healthy. */
  scenario: ScenarioName | null;
  setScenario(name: ScenarioName | null): void;
  /** Which schema it serves: the full one, or the published server's (no [ext] fields). */
  schemaMode: SchemaMode;
  setSchemaMode(mode: SchemaMode): void;
  /** Listeners called after every request that changed the store (for persistence). */
  onChange(listener: () => void): () => void;
}

export interface EngineOptions {
  /** The schema's SDL (schema.graphql). */
  typeDefs: string;
  /** The seed for the initial store and for reset() (default demo). */
  seed?: SeedName;
  /** An initial store instead of a seed; reset() without a seed name restores a copy of it. */
  store?: Store;
  /** The schema served at first (default full; `published` drops the [ext] fields). */
  schemaMode?: SchemaMode;
  /** The clock (default Date.now), so tests can fix it. */
  now?: () => number;
}

type Route =
  | { kind: 'health' }
  | { kind: 'graphql' }
  | { kind: 'upload' }
  | { kind: 'download'; token: string }
  | { kind: 'unknown' };

/** Routes on the end of the path, so the API works under any base path and on any origin. */
function route(url: string): Route {
  const path = new URL(url).pathname.replace(/\/+$/, '');
  const download = /\/file\/([^/]+)$/.exec(path);
  if (download?.[1]) return { kind: 'download', token: decodeURIComponent(download[1]) };
  if (path.endsWith('/health')) return { kind: 'health' };
  if (path.endsWith('/graphql/v1')) return { kind: 'graphql' };
  if (path.endsWith('/file')) return { kind: 'upload' };
  return { kind: 'unknown' };
}

const ALLOWED_METHOD: Record<Exclude<Route['kind'], 'unknown'>, string> = {
  health: 'GET',
  graphql: 'POST',
  upload: 'POST',
  download: 'GET',
};

export function createEngine(options: EngineOptions): MockEngine {
  const now = options.now ?? Date.now;
  const seedName: SeedName = options.seed ?? 'demo';
  const initial = options.store ? JSON.stringify(options.store) : null;
  // Each mode's schema is built the first time it is served.
  const schemas = new Map<SchemaMode, GraphQLSchema>();
  const schemaFor = (mode: SchemaMode): GraphQLSchema => {
    const built = schemas.get(mode) ?? createExecutableSchema(options.typeDefs, resolvers, mode);
    schemas.set(mode, built);
    return built;
  };
  schemaFor(options.schemaMode ?? 'full');
  let olderSchema: GraphQLSchema | null = null;
  // The older-server scenario: a server from before the section the console reads for roles,
  // flags and notifications.
  const schemaServed = (scenario: ScenarioName | null): GraphQLSchema =>
    scenario === 'older-server'
      ? (olderSchema ??= createOlderServerSchema(options.typeDefs, resolvers))
      : schemaFor(engine.schemaMode);
  const listeners = new Set<() => void>();
  let store: Store = options.store ?? buildSeed(seedName, now());

  const notify = (): void => {
    for (const listener of listeners) listener();
  };

  async function serve(request: Request, scenario: ScenarioName | null): Promise<Response> {
    const target = route(request.url);
    if (target.kind === 'unknown') return message(404, 'Not found');
    const allowed = ALLOWED_METHOD[target.kind];
    if (request.method !== allowed && !(allowed === 'GET' && request.method === 'HEAD')) {
      return message(405, `Method not allowed: use ${allowed}`, { Allow: `${allowed}, OPTIONS` });
    }
    if (target.kind === 'health') return json(200, { status: 'available' });

    // Everything else needs a key (fiftyone-api.md §14, including the file store).
    if (scenario === 'invalid-key') return unauthorized(INVALID_KEY_MESSAGE);
    const auth = authenticate(store, request);
    if (!auth.ok) return auth.response;
    const ctx = createContext(store, auth.viewer, now);

    switch (target.kind) {
      case 'graphql': {
        if (scenario === 'graphql-error') {
          return json(200, {
            data: null,
            errors: [{ message: 'Simulated GraphQL error', extensions: { code: 'INTERNAL' } }],
          });
        }
        const outcome = await handleGraphQL(schemaServed(scenario), request, ctx);
        if (outcome.mutated) notify();
        if (scenario === 'unknown-values') return withUnknownValues(outcome.response);
        return outcome.response;
      }
      case 'upload': {
        const response = await uploadFile(request, ctx);
        if (response.ok) notify();
        return response;
      }
      case 'download': {
        const response = downloadFile(target.token, ctx);
        if (!response) return fileNotFound(target.token);
        notify();
        return response;
      }
    }
  }

  const engine: MockEngine = {
    get store(): Store {
      return store;
    },
    scenario: null,
    schemaMode: options.schemaMode ?? 'full',
    setSchemaMode(mode: SchemaMode): void {
      engine.schemaMode = mode;
    },
    async handle(request: Request): Promise<Response> {
      if (request.method === 'OPTIONS') return preflight();
      const scenario = engine.scenario;
      if (scenario === 'network-down') return Response.error();
      if (scenario === 'server-error') return message(500, 'Internal server error (simulated)');
      if (scenario === 'slow') await delay(SLOW_DELAY_MS);
      return serve(request, scenario);
    },
    reset(seed?: SeedName): void {
      store =
        seed === undefined && initial !== null
          ? parseStore(initial)
          : buildSeed(seed ?? seedName, now());
    },
    dump(): string {
      return JSON.stringify(store);
    },
    load(text: string): void {
      store = parseStore(text);
    },
    setScenario(name: ScenarioName | null): void {
      engine.scenario = name;
    },
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return engine;
}
