// Where the console sends its requests, and with which API key.
// The key lives in memory and in session storage only: never in a URL, never in a log.

export interface Connection {
  /** Base URL of the FiftyOne API; '' means this origin (the dev/preview proxy, or the demo mock). */
  apiUrl: string;
  apiKey: string;
}

const STORAGE_KEY = 'fo-console-connection';

let current: Connection | null = readStored();
/** Goes up with every change of connection: what was shown for the previous one is remounted. */
let generation = 0;
const listeners = new Set<() => void>();

function readStored(): Connection | null {
  try {
    const raw = globalThis.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'apiUrl' in parsed &&
      'apiKey' in parsed &&
      typeof parsed.apiUrl === 'string' &&
      typeof parsed.apiKey === 'string'
    ) {
      return { apiUrl: parsed.apiUrl, apiKey: parsed.apiKey };
    }
  } catch {
    // Unreadable storage (private mode, corrupted entry): start disconnected.
  }
  return null;
}

export function getConnection(): Connection | null {
  return current;
}

export function getConnectionGeneration(): number {
  return generation;
}

/**
 * `renew`: the same person's new key on the same API (theirs was refused): the views stay, with
 * what was typed in them; otherwise everything shown for the previous connection is remounted.
 */
export function setConnection(next: Connection | null, { renew = false } = {}): void {
  current = next;
  if (!renew) generation += 1;
  try {
    if (next) globalThis.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else globalThis.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused: the connection still lives in memory for this page.
  }
  for (const listener of listeners) listener();
}

export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Absolute URL of an API path (`graphql/v1`, `health`, `file`), joined like the SDK does. */
export function apiEndpoint(connection: Pick<Connection, 'apiUrl'>, path: string): string {
  const base = connection.apiUrl.trim() || globalThis.location.origin;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
