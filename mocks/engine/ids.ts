import { createRandom } from './random.ts';
import type { Store } from './types.ts';

// Ids, tokens and raw API keys minted at run time. They derive from `store.sequence` (bumped on
// every call), so a fresh seed mints the same ids in the same order, and never repeats one.

function fnv32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function mint(store: Store, purpose: string, length: number, salt = ''): string {
  store.sequence += 1;
  return createRandom(fnv32(`${purpose}:${store.sequence}:${salt}`)).hex(length);
}

/** A 24-hex-character id, shaped like the real server's ObjectIds. */
export function mintId(store: Store): string {
  return mint(store, 'id', 24);
}

/** An opaque token (invitation links, file tokens). */
export function mintToken(store: Store, now: number): string {
  return mint(store, 'token', 32, String(now));
}

/** A raw API key. Only its hash is stored; the raw value is shown once. */
export function mintApiKey(store: Store, now: number): string {
  return `fo-${mint(store, 'api-key', 40, String(now))}`;
}
