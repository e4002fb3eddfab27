import { lengthProblem, LIMITS } from '../../../src/lib/limits.ts';
import { fail } from '../errors.ts';
import type { CloudCredentialRecord, CloudProvider, Store } from '../types.ts';

// Cloud credentials (fiftyone-api.md §3.5, §14). `credentials` is the JSON-encoded dict the SDK
// builds; the mock checks it has the fields of one of its provider's shapes, then keeps only an
// opaque ciphertext. No refusal repeats what was sent.

interface Shape {
  /** How the refusal names the shape. */
  name: string;
  required: readonly string[];
  /** Optional string fields (JSON null when unset, as the SDK sends them). */
  optional: readonly string[];
}

const INI: Shape = { name: 'an .ini credentials file', required: ['ini-file'], optional: [] };

const SHAPES: Record<CloudProvider, readonly Shape[]> = {
  // The service account file is checked separately: it is an object, not a string.
  GCP: [],
  AWS: [
    INI,
    {
      name: 'access keys',
      required: ['access-key-id', 'secret-access-key'],
      // The 2026 SDK adds a session token; its key is not published, both spellings are accepted.
      optional: ['default-region', 'session-token', 'session_token'],
    },
  ],
  AZURE: [
    INI,
    { name: 'an account key', required: ['account_name', 'account_key'], optional: ['alias'] },
    { name: 'a connection string', required: ['conn_str'], optional: ['alias'] },
    {
      name: 'a client secret',
      required: ['account_name', 'client_id', 'secret', 'tenant'],
      optional: ['alias'],
    },
    // The 2026 SDK's from_sas_token; its keys are not published.
    { name: 'a SAS token', required: ['account_name', 'sas_token'], optional: ['alias'] },
  ],
  MINIO: [
    INI,
    {
      name: 'access keys',
      required: ['access-key-id', 'secret-access-key', 'endpoint-url'],
      optional: ['alias', 'default-region'],
    },
  ],
};

/** The fields of a service account key file that authenticating needs. */
export const SERVICE_ACCOUNT_FIELDS = ['type', 'client_email', 'private_key'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const nonEmptyString = (value: unknown): boolean =>
  typeof value === 'string' && value.trim() !== '';

function fits(dict: Record<string, unknown>, shape: Shape): boolean {
  if (!shape.required.every((key) => nonEmptyString(dict[key]))) return false;
  return shape.optional.every(
    (key) => dict[key] === undefined || dict[key] === null || typeof dict[key] === 'string',
  );
}

function describeShapes(provider: CloudProvider): string {
  if (provider === 'GCP') {
    return 'a "service-account-file" object: a service account key with "type": "service_account", "client_email" and "private_key"';
  }
  return SHAPES[provider]
    .map((shape) => `${shape.name} (${shape.required.map((key) => `"${key}"`).join(', ')})`)
    .join('; or ');
}

/**
 * Why a `credentials` string cannot be stored for the provider, or null when it can. Never
 * quotes the string.
 */
export function credentialsProblem(provider: CloudProvider, credentials: string): string | null {
  const tooLong = lengthProblem('credentials', credentials, LIMITS.credentials);
  if (tooLong) return tooLong;
  let parsed: unknown;
  try {
    parsed = JSON.parse(credentials);
  } catch {
    return 'The credentials are not valid JSON: send the JSON-encoded credentials dict';
  }
  const expected = `Credentials for ${provider} need ${describeShapes(provider)}`;
  if (!isRecord(parsed)) return `${expected}; got JSON that is not an object`;
  if (provider === 'GCP') {
    const file = parsed['service-account-file'];
    if (!isRecord(file)) return expected;
    const missing = SERVICE_ACCOUNT_FIELDS.filter((key) => !nonEmptyString(file[key]));
    if (missing.length > 0) {
      return `The service account file lacks ${missing.map((key) => `"${key}"`).join(', ')}`;
    }
    if (file.type !== 'service_account') {
      return 'The service account file is not a service account key ("type" must be "service_account")';
    }
    return null;
  }
  return SHAPES[provider].some((shape) => fits(parsed, shape)) ? null : expected;
}

/**
 * Bucket names as stored: trimmed, without repeats. An empty list (or null) means the provider's
 * default credentials.
 */
export function normalisePrefixes(prefixes: readonly string[] | null | undefined): string[] {
  const out: string[] = [];
  for (const prefix of prefixes ?? []) {
    const trimmed = prefix.trim();
    if (trimmed === '') fail('BAD_USER_INPUT', 'A bucket name must not be empty');
    const tooLong = lengthProblem('prefixes', trimmed, LIMITS.bucketPrefix);
    if (tooLong) fail('BAD_USER_INPUT', tooLong);
    if (/\s/.test(trimmed)) fail('BAD_USER_INPUT', 'A bucket name or path has no spaces');
    if (!out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

/** Prefixes are compared as sets (order does not matter). */
export function samePrefixes(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((prefix) => set.has(prefix));
}

export function findCredentials(
  store: Store,
  provider: CloudProvider,
  prefixes: readonly string[],
): CloudCredentialRecord | undefined {
  return store.cloudCredentials.find(
    (record) => record.provider === provider && samePrefixes(record.prefixes, prefixes),
  );
}

/** "default AWS credentials" / "AWS credentials for bucket-a, bucket-b". */
export function describeCredentials(provider: CloudProvider, prefixes: readonly string[]): string {
  return prefixes.length === 0
    ? `default ${provider} credentials`
    : `${provider} credentials for ${prefixes.join(', ')}`;
}
