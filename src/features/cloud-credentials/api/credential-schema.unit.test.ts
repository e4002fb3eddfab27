import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialsProblem } from '../../../../mocks/engine/rules/cloud-credentials.ts';
import {
  credentialFormSchema,
  EMPTY_FIELDS,
  SERVICE_ACCOUNT_FIELDS,
  setCredentialsVariables,
  type CredentialForm,
} from './credential-schema.ts';
import type { Method } from './providers.ts';

// Property-based checks of the credential forms: every valid input passes and becomes a
// `credentials` string the API accepts (fiftyone-api.md §3.5); every invalid one gets a message
// on the field it concerns.

const token = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[A-Za-z0-9+/=_.-]{${min},${max}}$`));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: '' });
const guid = fc.uuid();
const accountName = fc.stringMatching(/^[a-z0-9]{3,24}$/);
const alias = opt(fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/));
const base64 = fc.base64String({ minLength: 4, maxLength: 88 }).filter((s) => s.length > 0);

function form(method: Method, fields: Partial<CredentialForm>): CredentialForm {
  return { method, ...EMPTY_FIELDS, buckets: [], description: '', ...fields };
}

/** A valid form of each method (what the SDK's factories take). */
const validForms: fc.Arbitrary<CredentialForm> = fc.oneof(
  fc
    .record({
      accessKeyId: fc.stringMatching(/^[A-Z0-9]{16,128}$/),
      secretAccessKey: token(1, 60),
      defaultRegion: opt(fc.stringMatching(/^[a-z]{2}(-[a-z]{1,9}){1,2}-\d$/)),
      sessionToken: opt(token(1, 200)),
    })
    .map((fields) => form('aws-keys', fields)),
  fc
    .array(
      fc.record({
        profile: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
        id: fc.stringMatching(/^[A-Z0-9]{20}$/),
        secret: token(40, 40),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((profiles) =>
      form('aws-ini', {
        iniFile: profiles
          .map(
            (p) =>
              `[${p.profile}]\naws_access_key_id = ${p.id}\naws_secret_access_key = ${p.secret}\n`,
          )
          .join('\n'),
      }),
    ),
  fc.record({ account: accountName, key: base64, alias }).map(({ account, key, alias: a }) =>
    form('azure-ini', {
      iniFile: `[default]\naccount_name = ${account}\naccount_key = ${key}\n${a ? `alias = ${a}\n` : ''}`,
    }),
  ),
  fc.record({ id: token(3, 20), secret: token(8, 40) }).map(({ id, secret }) =>
    form('minio-ini', {
      iniFile: `[default]\naccess_key_id = ${id}\nsecret_access_key = ${secret}\nendpoint_url = https://minio.acme.ai:9000\n`,
    }),
  ),
  fc
    .record({
      project: fc.stringMatching(/^[a-z][a-z0-9-]{4,20}$/),
      keyId: fc.stringMatching(/^[0-9a-f]{40}$/),
      key: base64,
      clientId: fc.stringMatching(/^\d{10,21}$/),
      extra: fc.dictionary(fc.stringMatching(/^x_[a-z]{1,8}$/), fc.string()),
    })
    .map(({ project, keyId, key, clientId, extra }) =>
      form('gcp-json', {
        serviceAccountFile: JSON.stringify({
          ...extra,
          type: 'service_account',
          project_id: project,
          private_key_id: keyId,
          private_key: `-----BEGIN PRIVATE KEY-----\n${key}\n-----END PRIVATE KEY-----\n`,
          client_email: `media@${project}.iam.gserviceaccount.com`,
          client_id: clientId,
        }),
      }),
    ),
  fc.record({ accountName, accountKey: base64, alias }).map((fields) => form('azure-key', fields)),
  fc.record({ account: accountName, key: base64, alias }).map(({ account, key, alias: a }) =>
    form('azure-connection-string', {
      connectionString: `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${key};EndpointSuffix=core.windows.net`,
      alias: a,
    }),
  ),
  fc
    .record({
      accountName,
      clientId: guid,
      clientSecret: token(1, 40),
      tenantId: fc.oneof(guid, fc.constant('contoso.onmicrosoft.com')),
      alias,
    })
    .map((fields) => form('azure-client-secret', fields)),
  fc
    .record({
      accessKeyId: token(3, 20),
      secretAccessKey: token(8, 40),
      endpointUrl: fc.webUrl({ validSchemes: ['https', 'http'] }),
      alias,
      defaultRegion: opt(fc.stringMatching(/^[a-z0-9-]{1,12}$/)),
    })
    .map((fields) => form('minio-keys', fields)),
);

const buckets = fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}[a-z0-9]$/), {
  maxLength: 4,
});

function issues(values: CredentialForm) {
  const result = credentialFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues;
}

describe('credential forms', () => {
  it('accept every valid form, and send credentials the API accepts for that provider', () => {
    fc.assert(
      fc.property(
        validForms,
        buckets,
        fc.string({ maxLength: 60 }),
        (valid, chosen, description) => {
          const values = { ...valid, buckets: chosen, description };
          expect(issues(values)).toEqual([]);
          const variables = setCredentialsVariables(values);
          expect(credentialsProblem(variables.provider, variables.creds)).toBeNull();
          expect(variables.prefixes).toEqual(chosen.length > 0 ? chosen : null);
          expect(variables.description).toBe(description.trim() === '' ? null : description.trim());
        },
      ),
    );
  });

  it('send the keys of the SDK’s factories, unset optional values as null', () => {
    const aws = setCredentialsVariables(
      form('aws-keys', { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 's3cr3t' }),
    );
    expect(JSON.parse(aws.creds)).toEqual({
      'access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'secret-access-key': 's3cr3t',
      'default-region': null,
    });
    const azure = setCredentialsVariables(
      form('azure-client-secret', {
        accountName: 'acme',
        clientId: 'c',
        clientSecret: 's',
        tenantId: 't',
      }),
    );
    expect(JSON.parse(azure.creds)).toEqual({
      account_name: 'acme',
      client_id: 'c',
      secret: 's',
      tenant: 't',
      alias: null,
    });
    const minio = setCredentialsVariables(
      form('minio-keys', {
        accessKeyId: 'minio',
        secretAccessKey: 'minio123',
        endpointUrl: 'https://minio.acme.ai',
        alias: 'mn',
      }),
    );
    expect(JSON.parse(minio.creds)).toEqual({
      'access-key-id': 'minio',
      'secret-access-key': 'minio123',
      'endpoint-url': 'https://minio.acme.ai',
      alias: 'mn',
      'default-region': null,
    });
  });

  it('give a message on the field for every required field left empty', () => {
    fc.assert(
      fc.property(validForms, (valid) => {
        const required = Object.entries(valid).filter(
          ([key, value]) =>
            key !== 'method' &&
            typeof value === 'string' &&
            value !== '' &&
            !['defaultRegion', 'sessionToken', 'alias', 'description'].includes(key),
        );
        for (const [key] of required) {
          const found = issues({ ...valid, [key]: '' });
          expect(found.map((issue) => issue.path.join('.'))).toEqual([key]);
          expect(found[0]?.message).toMatch(/^(Enter|Choose) the /);
        }
      }),
    );
  });

  it('refuse malformed values with a message naming what is expected', () => {
    const cases: [Method, Partial<CredentialForm>, string, RegExp][] = [
      [
        'aws-keys',
        { accessKeyId: 'akia-lower', secretAccessKey: 'x' },
        'accessKeyId',
        /capital letters and digits/,
      ],
      [
        'aws-keys',
        { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'has space' },
        'secretAccessKey',
        /no spaces/,
      ],
      [
        'aws-keys',
        { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x', defaultRegion: 'Oregon' },
        'defaultRegion',
        /us-west-2/,
      ],
      ['aws-ini', { iniFile: 'aws_access_key_id = A' }, 'iniFile', /\[profile\] sections/],
      [
        'aws-ini',
        { iniFile: '[default]\nregion = us-west-2\n' },
        'iniFile',
        /No profile has aws_access_key_id/,
      ],
      [
        'azure-ini',
        { iniFile: '[default]\naws_access_key_id = A\naws_secret_access_key = B\n' },
        'iniFile',
        /No profile has conn_str.*Azure credentials file/,
      ],
      [
        'minio-ini',
        { iniFile: '[default]\naccess_key_id = minio\nsecret_access_key = minio123\n' },
        'iniFile',
        /No profile has access_key_id, secret_access_key and endpoint_url/,
      ],
      [
        'aws-keys',
        { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x', description: 'd'.repeat(501) },
        'description',
        /^Keep it to 500 characters or fewer$/,
      ],
      ['gcp-json', { serviceAccountFile: 'not json' }, 'serviceAccountFile', /not JSON/],
      [
        'azure-key',
        { accountName: 'Acme_Storage', accountKey: 'a2V5' },
        'accountName',
        /3 to 24 lowercase/,
      ],
      [
        'azure-connection-string',
        { connectionString: 'AccountName=acme' },
        'connectionString',
        /AccountKey/,
      ],
      [
        'azure-client-secret',
        { accountName: 'acme', clientId: 'nope', clientSecret: 's', tenantId: 't.example.com' },
        'clientId',
        /GUID/,
      ],
      [
        'azure-key',
        { accountName: 'acme', accountKey: 'a2V5', alias: 'Not An Alias' },
        'alias',
        /alias:\/\//,
      ],
      [
        'minio-keys',
        { accessKeyId: 'minio', secretAccessKey: 'minio123', endpointUrl: 'minio.local' },
        'endpointUrl',
        /URL like https:/,
      ],
      [
        'minio-keys',
        { accessKeyId: 'minio', secretAccessKey: 'short', endpointUrl: 'https://m.io' },
        'secretAccessKey',
        /at least 8/,
      ],
    ];
    for (const [method, fields, path, message] of cases) {
      const found = issues(form(method, fields));
      expect(
        found.map((issue) => issue.path.join('.')),
        `${method} ${path}`,
      ).toEqual([path]);
      expect(found[0]?.message).toMatch(message);
    }
  });

  it('name the field a service account key file lacks', () => {
    fc.assert(
      fc.property(
        validForms.filter((f) => f.method === 'gcp-json'),
        fc.constantFrom(...SERVICE_ACCOUNT_FIELDS),
        (valid, field) => {
          const file: unknown = JSON.parse(valid.serviceAccountFile);
          const without = Object.fromEntries(
            Object.entries(file ?? {}).filter(([key]) => key !== field),
          );
          const found = issues({ ...valid, serviceAccountFile: JSON.stringify(without) });
          expect(found).toHaveLength(1);
          expect(found[0]?.message).toContain(`"${field}"`);
        },
      ),
    );
  });
});
