import { getConnection } from './connection.ts';

// Which of your listed API keys is the one this console sends. The API lists keys without their
// value, so against a real deployment the console is sure only when you have a single key (the
// console's key is yours, so it is that one). The demo's mock API can tell exactly: the demo
// registers it at start (main.tsx).

export type SignedInKey = 'this' | 'not-this' | 'maybe';

let identify: ((apiKey: string) => string | null) | null = null;

/** Registers a way to find the id of the key with this raw value (the demo's mock API). */
export function setKeyIdentifier(next: (apiKey: string) => string | null): void {
  identify = next;
}

/** Whether `keyId`, one of `yourKeys`, is the key this console is signed in with. */
export function signedInKey(keyId: string, yourKeys: readonly { id: string }[]): SignedInKey {
  const apiKey = getConnection()?.apiKey;
  if (identify && apiKey) return identify(apiKey) === keyId ? 'this' : 'not-this';
  if (yourKeys.length === 1) return 'this';
  return 'maybe';
}
