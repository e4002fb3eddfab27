import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockEngine, server } from '../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../tests/render.tsx';
import { Component as SettingsPage } from '../settings/routes/settings-page.tsx';
import { Component as SecretsPage } from './routes/secrets-page.tsx';

// Secrets and credentials are write-only: seed known values through the API the way the SDK
// would, then walk the secrets and settings pages and every field that could carry them, and
// find none of them in any response of the mock, on any screen, or in what the demo persists.

const VALUES = {
  secret: 'plain-SECRET-value-1111',
  rotated: 'plain-ROTATED-value-2222',
  awsSecret: 'aws-SECRET-ACCESS-KEY-3333',
  gcpKey: 'gcp-PRIVATE-KEY-BODY-4444',
  azureKey: 'azure-ACCOUNT-KEY-5555',
  azureConn: 'azure-CONN-KEY-6666',
  minioSecret: 'minio-SECRET-7777',
  iniSecret: 'ini-SECRET-8888',
  orchestratorSecret: 'dbx-CLIENT-SECRET-9999',
} as const;

const responses: Promise<string>[] = [];
const recordResponse = ({ response }: { response: Response }) => {
  responses.push(response.clone().text());
};

beforeEach(() => server.events.on('response:mocked', recordResponse));
afterEach(() => {
  server.events.removeListener('response:mocked', recordResponse);
  responses.length = 0;
});

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch('http://localhost/graphql/v1', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': persona('admin').apiKey },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (text.includes('"errors"')) throw new Error(`${query}: ${text}`);
}

const SET_CREDENTIALS = `mutation ($provider: CloudProvider!, $creds: String!, $prefixes: [String!]) {
  setCloudCredentials(provider: $provider, credentials: $creds, prefixes: $prefixes) { provider }
}`;

async function seedKnownValues() {
  await post(
    `mutation ($value: String!) { createSecret(key: "KNOWN_SECRET", value: $value, description: "seeded") { id } }`,
    { value: VALUES.secret },
  );
  await post(
    `mutation ($value: String) { updateSecret(key: "LABELBOX_API_KEY", value: $value) { id } }`,
    {
      value: VALUES.rotated,
    },
  );
  const credentials: [string, string[] | null, Record<string, unknown>][] = [
    [
      'AWS',
      ['known-aws'],
      {
        'access-key-id': 'AKIAKNOWN0000000000',
        'secret-access-key': VALUES.awsSecret,
        'default-region': null,
      },
    ],
    [
      'AWS',
      ['known-ini'],
      {
        'ini-file': `[default]\naws_access_key_id = A\naws_secret_access_key = ${VALUES.iniSecret}\n`,
      },
    ],
    [
      'GCP',
      ['known-gcs'],
      {
        'service-account-file': {
          type: 'service_account',
          client_email: 'known@p.iam.gserviceaccount.com',
          private_key: `-----BEGIN PRIVATE KEY-----\n${VALUES.gcpKey}\n-----END PRIVATE KEY-----\n`,
        },
      },
    ],
    [
      'AZURE',
      ['known-container'],
      { account_name: 'known', account_key: VALUES.azureKey, alias: null },
    ],
    ['AZURE', null, { conn_str: `AccountName=known;AccountKey=${VALUES.azureConn}`, alias: null }],
    [
      'MINIO',
      null,
      {
        'access-key-id': 'minio',
        'secret-access-key': VALUES.minioSecret,
        'endpoint-url': 'https://minio.known',
        alias: null,
        'default-region': null,
      },
    ],
  ];
  for (const [provider, prefixes, dict] of credentials) {
    await post(SET_CREDENTIALS, { provider, prefixes, creds: JSON.stringify(dict) });
  }
  await post(
    `mutation ($secrets: JSON) { registerOrchestrator(instanceIdentifier: "known-dbx", description: "seeded", environment: DATABRICKS,
       config: {databricks: {jobId: "1", executionTaskId: "2"}}, secrets: $secrets) { instanceIdentifier } }`,
    {
      secrets: {
        databricks: {
          host: 'https://dbx.known',
          accountId: 'a',
          clientId: 'c',
          clientSecret: VALUES.orchestratorSecret,
        },
      },
    },
  );
}

/** Every field that could carry a value, the ones meant to hide it included. */
const EVERY_FIELD = `{
  secrets { id key value createdAt description decrypted }
  known: secret(key: "KNOWN_SECRET") { id key value createdAt description decrypted }
  rotated: secret(key: "LABELBOX_API_KEY") { value decrypted }
  cloudCredentials { provider prefixes description createdAt createdBy { id email } }
  cloudCredential(provider: AWS, prefixes: ["known-aws"]) { provider prefixes description }
  orchestratorsPage(pageSize: 100, filter: { includeDeactivated: true }) { nodes { instanceIdentifier config secrets } }
  plugins(includeBuiltin: true) { name secrets }
}`;

function expectNoKnownValue(text: string, where: string) {
  for (const [name, value] of Object.entries(VALUES)) {
    expect(text.includes(value), `${name} found in ${where}`).toBe(false);
  }
}

describe('write-only secrets and credentials', () => {
  it('never come back: not in a response, on a page, or in the persisted store', async () => {
    await seedKnownValues();
    responses.length = 0;

    await post(EVERY_FIELD);
    const pages: [string, () => ReturnType<typeof renderWithProviders>, string][] = [
      [
        'secrets',
        () => renderWithProviders(<SecretsPage />, { path: '/secrets', routePath: '/secrets' }),
        'KNOWN_SECRET',
      ],
      ...['organization', 'roles', 'cloud-credentials', 'api-keys'].map(
        (tab): [string, () => ReturnType<typeof renderWithProviders>, string] => [
          `settings/${tab}`,
          () =>
            renderWithProviders(<SettingsPage />, {
              path: `/settings/${tab}`,
              routePath: '/settings/*',
            }),
          {
            organization: 'Default user role',
            roles: 'Highest dataset permission',
            'cloud-credentials': 'known-aws',
            'api-keys': 'ci-pipeline',
          }[tab] ?? '',
        ],
      ),
    ];
    for (const [name, render, shows] of pages) {
      const { unmount } = render();
      expect((await screen.findAllByText(shows)).length, `${name} rendered`).toBeGreaterThan(0);
      expectNoKnownValue(document.body.innerHTML, `the ${name} page`);
      unmount();
    }

    const bodies = await Promise.all(responses);
    expect(bodies.length).toBeGreaterThan(pages.length);
    for (const body of bodies) expectNoKnownValue(body, 'a response of the mock');
    expectNoKnownValue(mockEngine.dump(), 'the store the demo persists');
    // The secrets are there, as ciphertext.
    expect(bodies.join('\n')).toContain('KNOWN_SECRET');
    expect(bodies.join('\n')).toMatch(/"value":"gAAAAAB[A-Za-z0-9_-]+=="/);
  });
});
