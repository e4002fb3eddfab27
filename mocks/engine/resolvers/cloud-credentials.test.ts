import { describe, expect, it } from 'vitest';
import {
  createTestEngine,
  data,
  firstError,
  gql,
  KEYS,
  like,
  matching,
  type GraphQLReply,
} from '../test-fixtures.ts';

// The SDK's documents (fiftyone/management/cloud_credentials.py), verbatim.
const DELETE_CLOUD_CREDENTIAL_QUERY = `
    mutation ($provider: CloudProvider!, $prefixes: [String!]) {
        removeCloudCredentials(provider: $provider, prefixes: $prefixes)
    }
`;
const LIST_CLOUD_CREDENTIALS_QUERY = `
    query {
        cloudCredentials {provider, prefixes, createdAt, description}
    }
`;
const SET_CLOUD_CREDENTIALS_QUERY = `
    mutation (
            $provider: CloudProvider!,
            $creds: String!,
            $description: String,
            $prefixes: [String!]) {
        setCloudCredentials (
            provider: $provider,
            credentials: $creds,
            prefixes: $prefixes,
            description: $description
        ) {provider}
    }
`;
const SET_WITHOUT_OVERWRITE = `mutation ($provider: CloudProvider!, $creds: String!, $prefixes: [String!]) {
  setCloudCredentials(provider: $provider, credentials: $creds, prefixes: $prefixes, overwrite: false) { provider prefixes }
}`;

const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
// What json.dumps(AwsCredentialsFactory.from_access_keys(...)) sends.
const awsKeys = JSON.stringify({
  'access-key-id': 'AKIAIOSFODNN7EXAMPLE',
  'secret-access-key': AWS_SECRET,
  'default-region': null,
});
const PRIVATE_KEY =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAAS\n-----END PRIVATE KEY-----\n';
const gcpFile = JSON.stringify({
  'service-account-file': {
    type: 'service_account',
    project_id: 'acme-ml',
    private_key_id: 'abc123',
    private_key: PRIVATE_KEY,
    client_email: 'media@acme-ml.iam.gserviceaccount.com',
    client_id: '1234567890',
  },
});

async function list(engine: ReturnType<typeof createTestEngine>) {
  return (await data(engine, KEYS.admin, LIST_CLOUD_CREDENTIALS_QUERY)).cloudCredentials;
}

describe('cloud credentials', () => {
  it('adds, lists and deletes credentials as the SDK does, and never returns them', async () => {
    const engine = createTestEngine();
    expect(
      await data(engine, KEYS.admin, SET_CLOUD_CREDENTIALS_QUERY, {
        provider: 'AWS',
        creds: awsKeys,
        description: 'Readonly credentials for bucket1,bucket2',
        prefixes: ['bucket1', 'bucket2'],
      }),
    ).toEqual({ setCloudCredentials: { provider: 'AWS' } });
    await data(engine, KEYS.admin, SET_CLOUD_CREDENTIALS_QUERY, {
      provider: 'GCP',
      creds: gcpFile,
      description: 'Default GCP credentials',
      prefixes: null,
    });
    expect(await list(engine)).toEqual([
      {
        provider: 'AWS',
        prefixes: ['bucket1', 'bucket2'],
        createdAt: '2026-05-01T12:00:00.000000+00:00',
        description: 'Readonly credentials for bucket1,bucket2',
      },
      {
        provider: 'GCP',
        prefixes: [],
        createdAt: '2026-05-01T12:00:00.000000+00:00',
        description: 'Default GCP credentials',
      },
    ]);
    const everything = await gql(
      engine,
      KEYS.admin,
      `{ cloudCredentials { provider prefixes description createdAt createdBy { email } }
         cloudCredential(provider: AWS, prefixes: ["bucket2", "bucket1"]) { prefixes createdBy { email } } }`,
    );
    const text = JSON.stringify(everything.body);
    for (const secret of [AWS_SECRET, 'AKIAIOSFODNN7EXAMPLE', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAAS']) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(engine.store)).not.toContain(secret);
    }
    expect(everything.body.data?.cloudCredential).toEqual({
      prefixes: ['bucket1', 'bucket2'],
      createdBy: { email: 'ada.admin@acme.ai' },
    });

    expect(
      await data(engine, KEYS.admin, DELETE_CLOUD_CREDENTIAL_QUERY, {
        provider: 'AWS',
        prefixes: ['bucket2', 'bucket1'],
      }),
    ).toEqual({ removeCloudCredentials: null });
    expect(await list(engine)).toEqual([like({ provider: 'GCP', prefixes: [] })]);
  });

  it('overwrites the same provider and buckets (in any order), and keeps other buckets apart', async () => {
    const engine = createTestEngine();
    const set = (prefixes: string[] | null, description: string) =>
      data(engine, KEYS.admin, SET_CLOUD_CREDENTIALS_QUERY, {
        provider: 'AWS',
        creds: awsKeys,
        description,
        prefixes,
      });
    await set(['a', 'b'], 'first');
    await set(null, 'default');
    await set(['b', 'a'], 'second');
    await set(['a'], 'only a');
    expect(engine.store.cloudCredentials.map((c) => [c.prefixes, c.description])).toEqual([
      [[], 'default'],
      [['b', 'a'], 'second'],
      [['a'], 'only a'],
    ]);
  });

  it('refuses to replace existing credentials when asked not to overwrite', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, SET_WITHOUT_OVERWRITE, {
      provider: 'AWS',
      creds: awsKeys,
      prefixes: ['x'],
    });
    expect(
      await firstError(engine, KEYS.admin, SET_WITHOUT_OVERWRITE, {
        provider: 'AWS',
        creds: awsKeys,
        prefixes: ['x'],
      }),
    ).toEqual({
      message: 'The AWS credentials for x already exist; send overwrite: true to replace them',
      code: 'CONFLICT',
    });
    expect(engine.store.cloudCredentials).toHaveLength(1);
  });

  it.each([
    ['AWS', 'that are not JSON', 'not json {', /not valid JSON/],
    ['AWS', 'that are not an object', '["a"]', /not an object/],
    [
      'AWS',
      'without a secret access key',
      JSON.stringify({ 'access-key-id': 'AKIA0000000000000000' }),
      /access keys/,
    ],
    [
      'AWS',
      'with an empty .ini file',
      JSON.stringify({ 'ini-file': '' }),
      /\.ini credentials file/,
    ],
    [
      'GCP',
      'that are an .ini file',
      JSON.stringify({ 'ini-file': '[default]' }),
      /"service-account-file"/,
    ],
    [
      'GCP',
      'without a private key',
      JSON.stringify({
        'service-account-file': { type: 'service_account', client_email: 'x@y.z' },
      }),
      /lacks "private_key"/,
    ],
    [
      'GCP',
      'of a user, not a service account',
      JSON.stringify({
        'service-account-file': { type: 'authorized_user', client_email: 'a', private_key: 'k' },
      }),
      /not a service account key/,
    ],
    [
      'AZURE',
      'with only an account name',
      JSON.stringify({ account_name: 'acme' }),
      /account key.*connection string/,
    ],
    [
      'MINIO',
      'without an endpoint',
      JSON.stringify({ 'access-key-id': 'a', 'secret-access-key': AWS_SECRET }),
      /"endpoint-url"/,
    ],
  ])(
    'refuses %s credentials %s, without repeating them',
    async (provider, _what, creds, message) => {
      const engine = createTestEngine();
      const reply: GraphQLReply = await gql(engine, KEYS.admin, SET_CLOUD_CREDENTIALS_QUERY, {
        provider,
        creds,
        prefixes: null,
      });
      const error = reply.body.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(message);
      expect(JSON.stringify(reply.body)).not.toContain(AWS_SECRET);
      expect(engine.store.cloudCredentials).toEqual([]);
    },
  );

  it('accepts every factory shape of the SDK', async () => {
    const engine = createTestEngine();
    const shapes: [string, Record<string, unknown>][] = [
      ['AWS', { 'ini-file': '[default]\naws_access_key_id = A\naws_secret_access_key = B\n' }],
      ['AZURE', { account_name: 'acme', account_key: 'a2V5', alias: null }],
      ['AZURE', { conn_str: 'AccountName=acme;AccountKey=a2V5', alias: 'az' }],
      ['AZURE', { account_name: 'acme', client_id: 'c', secret: 's', tenant: 't', alias: null }],
      [
        'MINIO',
        {
          'access-key-id': 'minio',
          'secret-access-key': 'minio123',
          'endpoint-url': 'https://minio.acme.ai',
          alias: null,
          'default-region': null,
        },
      ],
    ];
    for (const [index, [provider, dict]] of shapes.entries()) {
      await data(engine, KEYS.admin, SET_CLOUD_CREDENTIALS_QUERY, {
        provider,
        creds: JSON.stringify(dict),
        prefixes: [`bucket-${index}`],
      });
    }
    expect(engine.store.cloudCredentials).toHaveLength(shapes.length);
  });

  it('answers NOT_FOUND for deleting credentials that do not exist', async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.admin, DELETE_CLOUD_CREDENTIAL_QUERY, {
        provider: 'MINIO',
        prefixes: null,
      }),
    ).toEqual({ message: 'There are no default MINIO credentials', code: 'NOT_FOUND' });
  });

  it('is admin only', async () => {
    const engine = createTestEngine();
    for (const [document, variables] of [
      [LIST_CLOUD_CREDENTIALS_QUERY, {}],
      [SET_CLOUD_CREDENTIALS_QUERY, { provider: 'AWS', creds: awsKeys }],
      [DELETE_CLOUD_CREDENTIAL_QUERY, { provider: 'AWS' }],
    ] as const) {
      expect(await firstError(engine, KEYS.member, document, variables)).toEqual({
        message: matching(/^Only admins can .*cloud credentials; you are signed in as a member$/),
        code: 'FORBIDDEN',
      });
    }
    expect(engine.store.cloudCredentials).toEqual([]);
  });
});
