import { isApiError } from '../lib/api-error.ts';

// A refused API key (HTTP 401) anywhere means the whole session needs another key: the shell
// listens and opens the connection dialog with the server's message.
let lastMessage: string | null = null;
const listeners = new Set<() => void>();

export function reportAuthFailure(error: unknown): void {
  if (!isApiError(error) || error.kind !== 'auth') return;
  lastMessage = error.message;
  for (const listener of listeners) listener();
}

export function clearAuthFailure(): void {
  lastMessage = null;
  for (const listener of listeners) listener();
}

export function getAuthFailure(): string | null {
  return lastMessage;
}

export function subscribeAuthFailure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
