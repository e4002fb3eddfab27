import { setupWorker } from 'msw/browser';
import typeDefs from '../schema.graphql?raw';
import {
  createEngine,
  type MockEngine,
  type ScenarioName,
  type SchemaMode,
} from './engine/engine.ts';
import { isSchemaMode } from './engine/published-schema.ts';
import { hashKey } from './engine/hash.ts';
import { mintId } from './engine/ids.ts';
import { PERSONAS } from './engine/personas.ts';
import { isoMicro } from './engine/time.ts';
import type { Persona, SeedName } from './engine/types.ts';
import { createHandlers } from './handlers.ts';

// The demo's embedded mock API: an MSW service worker answering from the engine. The demo's
// organization is not secret, so its store is kept in localStorage: a reload keeps what the
// visitor changed, and every tab of the demo shows the same organization (a `storage` event
// brings another tab's change in). API keys stay per tab (the console keeps its own key in
// sessionStorage), and the store holds only their hashes.

export const STORE_KEY = 'fo-mock-store';
/** The schema the demo's mock serves (full, or the published server's); kept across reloads. */
export const SCHEMA_KEY = 'fo-mock-schema';

export interface MockApi {
  personas: readonly Persona[];
  /** A fresh seed, persisted (other tabs follow). */
  reset: () => void;
  /**
   * Signing in as a persona: like that person making a key in the web app, their fixed demo
   * key is issued again if it was deleted. Returns why they cannot sign in (deleted, or a
   * guest now), or null.
   */
  preparePersona: (personaId: Persona['id']) => string | null;
  /** The id of the key with this raw value, if it exists (the mock can hash and look). */
  keyIdOf: (apiKey: string) => string | null;
  /** Called after another tab changed the organization (this tab's store is already updated). */
  onExternalChange: (listener: () => void) => () => void;
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
    return localStorage.getItem(STORE_KEY);
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
    localStorage.setItem(STORE_KEY, engine.dump());
  } catch {
    // Storage full or blocked: the demo still works, it just forgets on reload.
  }
}

function restorePersonaKey(engine: MockEngine, personaId: Persona['id']): string | null {
  const persona = PERSONAS.find((p) => p.id === personaId);
  if (!persona) return `There is no persona “${personaId}” in this demo.`;
  const store = engine.store;
  const user = store.users.find((u) => u.email === persona.email);
  if (!user) {
    return `${persona.name} is no longer a user of this demo organization. Reset the demo data to bring them back.`;
  }
  if (user.role === 'GUEST') {
    return `${persona.name} is a guest now, and guests cannot use API keys. Another admin can change their role, or reset the demo data.`;
  }
  const hash = hashKey(persona.apiKey);
  if (store.apiKeys.some((key) => key.keyHash === hash && key.userId === user.id)) return null;
  store.apiKeys.push({
    id: mintId(store),
    userId: user.id,
    name: 'demo key',
    createdAt: isoMicro(Date.now()),
    keyHash: hash,
  });
  persist(engine);
  return null;
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
      localStorage.removeItem(STORE_KEY);
    }
  }
  // Saved at once, so a second tab opened before any change shows this very organization.
  if (saved === null) persist(engine);
  engine.onChange(() => persist(engine));

  // Another tab of the demo changed the organization: load its store (without writing it
  // back, so the tabs do not echo each other) and let the console refresh what it shows.
  const externalListeners = new Set<() => void>();
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== localStorage || event.key !== STORE_KEY) return;
    try {
      if (event.newValue === null) engine.reset();
      else engine.load(event.newValue);
    } catch {
      return;
    }
    for (const listener of externalListeners) listener();
  });

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
    preparePersona: (personaId) => restorePersonaKey(engine, personaId),
    keyIdOf: (apiKey) => {
      const hash = hashKey(apiKey);
      return engine.store.apiKeys.find((key) => key.keyHash === hash)?.id ?? null;
    },
    onExternalChange: (listener) => {
      externalListeners.add(listener);
      return () => externalListeners.delete(listener);
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
