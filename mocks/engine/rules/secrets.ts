import { lengthProblem, LIMITS } from '../../../src/lib/limits.ts';
import { fail } from '../errors.ts';
import { mintToken } from '../ids.ts';
import { createRandom } from '../random.ts';
import type { SecretRecord, Store } from '../types.ts';

// Secrets (fiftyone-api.md §3.11, §13, §14). A value is write-only: the store keeps an opaque
// stand-in for its ciphertext, drawn at random and unrelated to the value, so nothing the mock
// stores, persists or answers can ever give the value back.

/**
 * Plugins read secrets as environment variables, so a key must be a valid variable name. The
 * console asks for UPPER_SNAKE_CASE (the convention); the API accepts any such name, as an SDK
 * script may send one.
 */
const SECRET_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const SECRET_KEY_MAX_LENGTH = LIMITS.secretKey;

/** Refuses a key that cannot name a secret; returns it trimmed. */
export function requireSecretKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed === '') fail('BAD_USER_INPUT', 'A secret needs a key');
  if (trimmed.length > SECRET_KEY_MAX_LENGTH) {
    fail('BAD_USER_INPUT', `A secret key has at most ${SECRET_KEY_MAX_LENGTH} characters`);
  }
  if (!SECRET_KEY_PATTERN.test(trimmed)) {
    fail(
      'BAD_USER_INPUT',
      `Invalid secret key ${JSON.stringify(trimmed)}: use letters, digits and underscores, not starting with a digit (e.g. MY_API_KEY)`,
    );
  }
  return trimmed;
}

/** Refuses an empty, blank or overlong value. The message never repeats what was sent. */
export function requireSecretValue(value: string): void {
  if (value === '') fail('BAD_USER_INPUT', 'A secret needs a value');
  if (value.trim() === '') fail('BAD_USER_INPUT', 'A secret value cannot be only whitespace');
  const problem = lengthProblem('value', value, LIMITS.secretValue);
  if (problem) fail('BAD_USER_INPUT', problem);
}

/** Refuses an overlong description (null: none, or unchanged). */
export function requireSecretDescription(description: string | null | undefined): void {
  const problem = lengthProblem('description', description?.trim() ?? '', LIMITS.secretDescription);
  if (problem) fail('BAD_USER_INPUT', problem);
}

export function findSecret(store: Store, key: string): SecretRecord | undefined {
  return store.secrets.find((secret) => secret.key === key);
}

export function requireSecret(store: Store, key: string): SecretRecord {
  return findSecret(store, key) ?? fail('NOT_FOUND', `Secret not found: ${key}`);
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * An opaque, Fernet-shaped stand-in for freshly encrypted data (a secret's value, a set of cloud
 * credentials). Random, not derived from the plaintext: the plaintext is dropped on arrival.
 */
export function mintCiphertext(store: Store, now: number): string {
  const rng = createRandom(Number.parseInt(mintToken(store, now).slice(0, 8), 16));
  let out = 'gAAAAAB';
  for (let i = 0; i < 113; i++) out += BASE64URL.charAt(rng.int(0, 63));
  return `${out}==`;
}

/** The `EncryptedSecret` a client sees: ciphertext as `value`, and never a decrypted value. */
export function toEncryptedSecret(record: SecretRecord) {
  return {
    id: record.id,
    key: record.key,
    value: record.ciphertext,
    createdAt: record.createdAt,
    description: record.description,
    decrypted: null,
  };
}
