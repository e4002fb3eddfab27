import { setupWorker } from 'msw/browser';
import typeDefs from '../schema.graphql?raw';
import {
  createEngine,
  type MockEngine,
  type ScenarioName,
  type SchemaMode,
} from './engine/engine.ts';
import { isSchemaMode } from './engine/published-schema.ts';
import { PERSONAS } from './engine/personas.ts';
import type { Persona, SeedName } from './engine/types.ts';
import { createHandlers } from './handlers.ts';

// The demo's embedded mock API: an MSW service worker answering from the engine, with the store
// kept in sessionStorage so a reload keeps what the visitor changed (a new tab starts fresh).

export const STORE_KEY = 'fo-mock-store';
/** The schema the demo's mock serves (full, or the published server's); kept across reloads. */
export const SCHEMA_KEY = 'fo-mock-schema';

export interface MockApi {
  personas: readonly Persona[];
  /** A fresh seed, persisted. */
  reset: () => void;
  setScenario: (name: ScenarioName | null) => void;
  /** Serve the full or the published schema from the next page load on (tests reload after). */
  setSchemaMode: (mode: SchemaMode) => void;
  engine: MockEngine;
}

declare global {
  interface Window {
    /** For the e2e tests: switch failure scenarios, reseed, reach the store. */
    __foMock?: Pick<MockApi, 'setScenario' | 'reset' | 'engine' | 'setSchemaMode'>;
  }
}

function readSaved(): string | null {
  try {
    return sessionStorage.getItem(STORE_KEY);
  } catch {
    return null;
  }
}

function readSchemaMode(): SchemaMode {
  try {
    const saved = sessionStorage.getItem(SCHEMA_KEY);
    return isSchemaMode(saved) ? saved : 'full';
  } catch {
    return 'full';
  }
}

function persist(engine: MockEngine): void {
  try {
    sessionStorage.setItem(STORE_KEY, engine.dump());
  } catch {
    // Storage full or blocked: the demo still works, it just forgets on reload.
  }
}

export async function startMockApi(options: { seed?: SeedName } = {}): Promise<MockApi> {
  const engine = createEngine({
    typeDefs,
    seed: options.seed ?? 'demo',
    schemaMode: readSchemaMode(),
  });
  const saved = readSaved();
  if (saved !== null) {
    try {
      engine.load(saved);
    } catch {
      sessionStorage.removeItem(STORE_KEY);
    }
  }
  engine.onChange(() => persist(engine));

  const worker = setupWorker(...createHandlers(engine));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });

  const api: MockApi = {
    personas: PERSONAS,
    reset: () => {
      engine.reset();
      persist(engine);
    },
    setScenario: (name) => engine.setScenario(name),
    setSchemaMode: (mode) => {
      engine.setSchemaMode(mode);
      try {
        sessionStorage.setItem(SCHEMA_KEY, mode);
      } catch {
        // Storage refused: the mode holds until the page reloads.
      }
    },
    engine,
  };
  window.__foMock = {
    setScenario: api.setScenario,
    reset: api.reset,
    setSchemaMode: api.setSchemaMode,
    engine,
  };
  return api;
}
