import { hashKey } from './hash.ts';
import { message } from './http.ts';
import type { Store, UserRecord } from './types.ts';

// `X-API-Key` authentication (fiftyone-api.md §1.3, §1.5): a refusal is HTTP 401 with a JSON
// message, which the SDK raises as APIAuthenticationError.

export const MISSING_KEY_MESSAGE = 'Missing API key: send your key in the X-API-Key header';
export const INVALID_KEY_MESSAGE = 'Invalid API key: the key is unknown or has been revoked';
export const GUEST_KEY_MESSAGE = 'Guests cannot use API keys';

export type AuthResult = { ok: true; viewer: UserRecord } | { ok: false; response: Response };

export function unauthorized(text: string): Response {
  return message(401, text);
}

export function authenticate(store: Store, request: Request): AuthResult {
  const raw = request.headers.get('X-API-Key')?.trim();
  if (!raw) return { ok: false, response: unauthorized(MISSING_KEY_MESSAGE) };
  const hash = hashKey(raw);
  const key = store.apiKeys.find((k) => k.keyHash === hash);
  const viewer = key && store.users.find((user) => user.id === key.userId);
  if (!viewer) return { ok: false, response: unauthorized(INVALID_KEY_MESSAGE) };
  if (viewer.role === 'GUEST') return { ok: false, response: unauthorized(GUEST_KEY_MESSAGE) };
  return { ok: true, viewer };
}
