import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import { z } from '../../../lib/zod.ts';
import { METHOD_PROVIDER, METHODS, type Method, type Provider } from './providers.ts';

// The forms behind the SDK's credential factories, and the dict each one sends
// (fiftyone-api.md §3.5): add_cloud_credentials sends json.dumps(dict) as `credentials`.

const trimmed = z.string().trim();
const required = (what: string) =>
  trimmed
    .min(1, { error: `Enter the ${what}`, abort: true })
    .max(LIMITS.credentialField, { error: tooLongMessage(LIMITS.credentialField), abort: true });
/** Optional text: empty means "not set" (sent as JSON null, as the SDK does). */
const optional = trimmed.max(LIMITS.credentialField, tooLongMessage(LIMITS.credentialField));

export const ACCESS_KEY_ID_PATTERN = /^[A-Z0-9]{16,128}$/;
export const AWS_REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
export const AZURE_ACCOUNT_PATTERN = /^[a-z0-9]{3,24}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
export const ALIAS_PATTERN = /^[a-z][a-z0-9+.-]{0,31}$/;

const noSpaces = (what: string) =>
  required(what).refine((value) => !/\s/.test(value), `The ${what} has no spaces`);

const alias = optional.refine(
  (value) => value === '' || ALIAS_PATTERN.test(value),
  'An alias is the prefix of media paths (alias://container): lowercase letters, digits, +, . and -, starting with a letter',
);

const awsRegion = optional.refine(
  (value) => value === '' || AWS_REGION_PATTERN.test(value),
  'A region looks like us-west-2',
);

export const awsKeysSchema = z.object({
  accessKeyId: required('access key ID').regex(
    ACCESS_KEY_ID_PATTERN,
    'An access key ID has 16 to 128 capital letters and digits, like AKIAIOSFODNN7EXAMPLE',
  ),
  secretAccessKey: noSpaces('secret access key'),
  defaultRegion: awsRegion,
  sessionToken: optional.refine((value) => !/\s/.test(value), 'The session token has no spaces'),
});

/**
 * What a profile of each provider's credentials file must hold (FiftyOne's AWS, Azure and MinIO
 * credentials files): any one of these sets of keys.
 */
const INI_PROFILES: Record<IniProvider, { sets: readonly (readonly string[])[]; hint: string }> = {
  AWS: {
    sets: [['aws_access_key_id', 'aws_secret_access_key'], ['role_arn']],
    hint: 'No profile has aws_access_key_id and aws_secret_access_key (or role_arn): is this an AWS credentials file?',
  },
  AZURE: {
    sets: [
      ['conn_str'],
      ['account_name', 'account_key'],
      ['account_name', 'client_id', 'secret', 'tenant'],
      ['account_name', 'sas_token'],
    ],
    hint: 'No profile has conn_str, account_name and account_key, or account_name, client_id, secret and tenant: is this an Azure credentials file?',
  },
  MINIO: {
    sets: [['access_key_id', 'secret_access_key', 'endpoint_url']],
    hint: 'No profile has access_key_id, secret_access_key and endpoint_url: is this a MinIO credentials file?',
  },
};

export type IniProvider = 'AWS' | 'AZURE' | 'MINIO';

/** Why a credentials file would not work for the provider, or null. */
export function iniProblem(text: string, provider: IniProvider = 'AWS'): string | null {
  if (text.trim() === '') return 'Choose the credentials file';
  if (text.length > LIMITS.credentials) {
    return `The file is too large for credentials (${LIMITS.credentials.toLocaleString('en-US')} characters at most)`;
  }
  const sections = new Map<string, Set<string>>();
  let current: Set<string> | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header?.[1]) {
      current = new Set();
      sections.set(header[1].trim(), current);
      continue;
    }
    const pair = /^([A-Za-z0-9_]+)\s*=/.exec(line);
    if (!pair?.[1] || !current)
      return 'This is not an .ini file: expected [profile] sections of key = value lines';
    current.add(pair[1].toLowerCase());
  }
  if (sections.size === 0) return 'The file has no [profile] section';
  const { sets, hint } = INI_PROFILES[provider];
  const usable = [...sections.values()].some((keys) =>
    sets.some((set) => set.every((key) => keys.has(key))),
  );
  return usable ? null : hint;
}

function iniSchema(provider: IniProvider) {
  return z.object({
    iniFile: z.string().superRefine((text, ctx) => {
      const problem = iniProblem(text, provider);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  });
}

export const awsIniSchema = iniSchema('AWS');

/** The fields every Google service account key file has. */
export const SERVICE_ACCOUNT_FIELDS = [
  'type',
  'project_id',
  'private_key_id',
  'private_key',
  'client_email',
  'client_id',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed key file, or why it is not a service account key. */
export function parseServiceAccount(
  text: string,
): { ok: true; file: Record<string, unknown> } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: 'Choose the service account key file' };
  if (text.length > LIMITS.credentials) {
    return { ok: false, error: 'The file is too large for a service account key' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'The file is not JSON: choose the key file downloaded from Google Cloud',
    };
  }
  if (!isRecord(parsed))
    return { ok: false, error: 'The file is JSON, but not a key file (an object)' };
  const missing = SERVICE_ACCOUNT_FIELDS.filter(
    (field) => typeof parsed[field] !== 'string' || parsed[field].trim() === '',
  );
  if (missing.length > 0) {
    return {
      ok: false,
      error: `Not a service account key: it lacks ${missing.map((field) => `"${field}"`).join(', ')}`,
    };
  }
  if (parsed.type !== 'service_account') {
    return { ok: false, error: `Not a service account key: its "type" is not "service_account"` };
  }
  if (!String(parsed.private_key).includes('PRIVATE KEY')) {
    return { ok: false, error: 'Its "private_key" is not a PEM private key' };
  }
  if (!String(parsed.client_email).includes('@')) {
    return { ok: false, error: 'Its "client_email" is not an e-mail address' };
  }
  return { ok: true, file: parsed };
}

export const gcpJsonSchema = z.object({
  serviceAccountFile: z.string().superRefine((text, ctx) => {
    const result = parseServiceAccount(text);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
  }),
});

const azureAccount = required('account name').regex(
  AZURE_ACCOUNT_PATTERN,
  'A storage account name has 3 to 24 lowercase letters and digits',
);

export const azureKeySchema = z.object({
  accountName: azureAccount,
  accountKey: noSpaces('account key').regex(
    BASE64,
    'An account key is base64 text (A–Z, a–z, 0–9, + and /)',
  ),
  alias,
});

/** `Key=Value` pairs separated by semicolons, with an account and a key or a SAS token. */
export function connectionStringProblem(text: string): string | null {
  const pairs = text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const keys = new Set<string>();
  for (const pair of pairs) {
    const index = pair.indexOf('=');
    if (index <= 0) return 'A connection string is Key=Value pairs separated by semicolons';
    keys.add(pair.slice(0, index).trim().toLowerCase());
  }
  const account = keys.has('accountname') || keys.has('blobendpoint');
  const secret = keys.has('accountkey') || keys.has('sharedaccesssignature');
  return account && secret
    ? null
    : 'The connection string needs AccountName (or BlobEndpoint) and AccountKey (or SharedAccessSignature)';
}

export const azureConnectionStringSchema = z.object({
  connectionString: required('connection string').superRefine((text, ctx) => {
    const problem = connectionStringProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  alias,
});

export const azureClientSecretSchema = z.object({
  accountName: azureAccount,
  clientId: required('client ID').regex(
    GUID,
    'A client ID is a GUID, like 00000000-0000-0000-0000-000000000000',
  ),
  clientSecret: required('client secret'),
  tenantId: required('tenant ID').refine(
    (value) => GUID.test(value) || TENANT_DOMAIN.test(value),
    'A tenant ID is a GUID or a domain like contoso.onmicrosoft.com',
  ),
  alias,
});

export const minioKeysSchema = z.object({
  accessKeyId: noSpaces('access key').min(3, 'A MinIO access key has at least 3 characters'),
  secretAccessKey: noSpaces('secret key').min(8, 'A MinIO secret key has at least 8 characters'),
  endpointUrl: required('endpoint URL').refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'The endpoint is a URL like https://minio.example.com:9000'),
  alias,
  defaultRegion: optional.refine((value) => !/\s/.test(value), 'A region has no spaces'),
});

export const METHOD_SCHEMAS: Record<Method, z.ZodType> = {
  'aws-keys': awsKeysSchema,
  'aws-ini': awsIniSchema,
  'gcp-json': gcpJsonSchema,
  'azure-key': azureKeySchema,
  'azure-connection-string': azureConnectionStringSchema,
  'azure-client-secret': azureClientSecretSchema,
  'azure-ini': iniSchema('AZURE'),
  'minio-keys': minioKeysSchema,
  'minio-ini': iniSchema('MINIO'),
};

const text = z.string();

/** The add form: every method's fields (each method reads its own), buckets and description. */
export const credentialFormSchema = z
  .object({
    method: z.enum(METHODS),
    accessKeyId: text,
    secretAccessKey: text,
    defaultRegion: text,
    sessionToken: text,
    iniFile: text,
    serviceAccountFile: text,
    accountName: text,
    accountKey: text,
    connectionString: text,
    clientId: text,
    clientSecret: text,
    tenantId: text,
    endpointUrl: text,
    alias: text,
    /** Bucket names, already reduced from what was typed (buckets.ts). */
    buckets: z.array(z.string()),
    description: trimmed.max(
      LIMITS.credentialsDescription,
      tooLongMessage(LIMITS.credentialsDescription),
    ),
  })
  .superRefine((values, ctx) => {
    const result = METHOD_SCHEMAS[values.method].safeParse(values);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });

export type CredentialForm = z.infer<typeof credentialFormSchema>;
export type CredentialFields = Omit<CredentialForm, 'buckets' | 'description'>;

export const EMPTY_FIELDS: Omit<CredentialFields, 'method'> = {
  accessKeyId: '',
  secretAccessKey: '',
  defaultRegion: '',
  sessionToken: '',
  iniFile: '',
  serviceAccountFile: '',
  accountName: '',
  accountKey: '',
  connectionString: '',
  clientId: '',
  clientSecret: '',
  tenantId: '',
  endpointUrl: '',
  alias: '',
};

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The dict the SDK's factory (or credential type) builds, with the keys it uses. Unset optional
 * values are null. Expects fields its method's schema accepted.
 */
export function credentialsDict(fields: CredentialFields): Record<string, unknown> {
  const f = fields;
  switch (f.method) {
    case 'aws-keys':
      return {
        'access-key-id': f.accessKeyId.trim(),
        'secret-access-key': f.secretAccessKey.trim(),
        'default-region': orNull(f.defaultRegion),
        // The 2026 SDK's session token; sent only when given (older servers know 3 keys).
        ...(orNull(f.sessionToken) ? { 'session-token': f.sessionToken.trim() } : {}),
      };
    case 'aws-ini':
    case 'azure-ini':
    case 'minio-ini':
      return { 'ini-file': f.iniFile };
    case 'gcp-json': {
      const parsed = parseServiceAccount(f.serviceAccountFile);
      return { 'service-account-file': parsed.ok ? parsed.file : null };
    }
    case 'azure-key':
      return {
        account_name: f.accountName.trim(),
        account_key: f.accountKey.trim(),
        alias: orNull(f.alias),
      };
    case 'azure-connection-string':
      return { conn_str: f.connectionString.trim(), alias: orNull(f.alias) };
    case 'azure-client-secret':
      return {
        account_name: f.accountName.trim(),
        client_id: f.clientId.trim(),
        secret: f.clientSecret.trim(),
        tenant: f.tenantId.trim(),
        alias: orNull(f.alias),
      };
    case 'minio-keys':
      return {
        'access-key-id': f.accessKeyId.trim(),
        'secret-access-key': f.secretAccessKey.trim(),
        'endpoint-url': f.endpointUrl.trim(),
        alias: orNull(f.alias),
        'default-region': orNull(f.defaultRegion),
      };
  }
}

/** What setCloudCredentials is sent for a valid form (fiftyone-api.md §3.5). */
export function setCredentialsVariables(form: CredentialForm): {
  provider: Provider;
  creds: string;
  prefixes: string[] | null;
  description: string | null;
} {
  return {
    provider: METHOD_PROVIDER[form.method],
    creds: JSON.stringify(credentialsDict(form)),
    prefixes: form.buckets.length > 0 ? [...form.buckets] : null,
    description: orNull(form.description),
  };
}
