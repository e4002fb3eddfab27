import { describe, expect, it } from 'vitest';
import {
  buildTestStore,
  createTestEngine,
  data,
  field,
  firstError,
  KEYS,
  matching,
} from '../test-fixtures.ts';
import type { Store } from '../types.ts';

// register_orchestrator, get_orchestrator, list_orchestrators and delete_orchestrator, with the
// [ext] names of fiftyone-api.md §13 and the rulings of §14.

const REGISTER = `
  mutation($id: String!, $description: String!, $environment: OrchestratorEnvironment!, $config: JSON, $secrets: JSON) {
    registerOrchestrator(instanceIdentifier: $id, description: $description, environment: $environment, config: $config, secrets: $secrets) {
      instanceIdentifier description environment config secrets availableOperators createdAt deactivatedAt
    }
  }`;
const GET = `query($id: String) { orchestrator(instanceIdentifier: $id) { instanceIdentifier environment config secrets } }`;
const LIST = `query($deactivated: Boolean, $search: OrchestratorSearchFieldsSearch, $order: OrchestratorOrderFieldsOrder) {
  orchestratorsPage(filter: {includeDeactivated: $deactivated}, search: $search, order: $order, pageSize: 50) { nodeTotal nodes { instanceIdentifier } }
}`;
const DELETE = `mutation($id: String!) { deleteOrchestrator(instanceIdentifier: $id) }`;

const DATABRICKS = {
  id: 'dbx-gpu',
  description: 'GPU jobs',
  environment: 'DATABRICKS',
  config: {
    databricks: { jobId: '1234567890', executionTaskId: 'exec', registrationTaskId: 'reg' },
  },
  secrets: {
    databricks: {
      host: 'https://dbc-1.cloud.databricks.com',
      accountId: 'acct-42',
      clientId: 'client-7',
      clientSecret: 's3cr3t-value',
    },
  },
};

function storeWithSecrets(): Store {
  const store = buildTestStore();
  store.secrets.push({
    id: 'e00000000000000000000009',
    key: 'SHARED_DBX_HOST',
    description: 'The workspace URL',
    scope: 'GLOBAL',
    createdAt: '2026-04-01T00:00:00.000000+00:00',
    createdById: 'a00000000000000000000001',
    ciphertext: 'gAAAAABopaque',
  });
  store.orchestrators.push({
    orchestratorIdentifier: 'f10000000000000000000001',
    instanceIdentifier: 'old-runner',
    description: 'Retired',
    environment: 'SELF_REGISTERED',
    config: null,
    secrets: null,
    availableOperators: ['@acme/x/run'],
    createdAt: '2026-01-01T00:00:00.000000+00:00',
    updatedAt: '2026-02-01T00:00:00.000000+00:00',
    deactivatedAt: '2026-02-01T00:00:00.000000+00:00',
  });
  return store;
}

describe('register_orchestrator', () => {
  it('stores each secret value as a secret named <KEY>_<INSTANCE_ID> and answers only names', async () => {
    const engine = createTestEngine(storeWithSecrets());
    const registered = field(
      await data(engine, KEYS.admin, REGISTER, DATABRICKS),
      'registerOrchestrator',
    );
    expect(registered).toEqual({
      instanceIdentifier: 'dbx-gpu',
      description: 'GPU jobs',
      environment: 'DATABRICKS',
      config: DATABRICKS.config,
      secrets: {
        databricks: {
          host: 'HOST_DBX_GPU',
          accountId: 'ACCOUNT_ID_DBX_GPU',
          clientId: 'CLIENT_ID_DBX_GPU',
          clientSecret: 'CLIENT_SECRET_DBX_GPU',
        },
      },
      availableOperators: [],
      createdAt: '2026-05-01T12:00:00.000000+00:00',
      deactivatedAt: null,
    });
    const stored = engine.store.secrets.filter((s) => s.key.endsWith('_DBX_GPU'));
    expect(stored.map((s) => s.key).sort()).toEqual([
      'ACCOUNT_ID_DBX_GPU',
      'CLIENT_ID_DBX_GPU',
      'CLIENT_SECRET_DBX_GPU',
      'HOST_DBX_GPU',
    ]);
    // No value is kept anywhere: not in the store, not in any answer.
    const everything = JSON.stringify(engine.store);
    for (const value of Object.values(DATABRICKS.secrets.databricks)) {
      expect(everything).not.toContain(value);
    }
    expect(await data(engine, KEYS.admin, GET, { id: 'dbx-gpu' })).toEqual({
      orchestrator: {
        instanceIdentifier: 'dbx-gpu',
        environment: 'DATABRICKS',
        config: DATABRICKS.config,
        secrets: field(registered, 'secrets'),
      },
    });
  });

  it('links a value that names an existing secret instead of storing it', async () => {
    const engine = createTestEngine(storeWithSecrets());
    const variables = {
      ...DATABRICKS,
      secrets: { databricks: { ...DATABRICKS.secrets.databricks, host: 'SHARED_DBX_HOST' } },
    };
    const registered = await data(engine, KEYS.admin, REGISTER, variables);
    expect(field(registered, 'registerOrchestrator', 'secrets', 'databricks', 'host')).toBe(
      'SHARED_DBX_HOST',
    );
    expect(engine.store.secrets.some((s) => s.key === 'HOST_DBX_GPU')).toBe(false);
  });

  it('upper-snakes the key and the instance id (every other character becomes _)', async () => {
    const engine = createTestEngine(storeWithSecrets());
    const registered = await data(engine, KEYS.admin, REGISTER, {
      id: 'Batch.Queue-2',
      description: '',
      environment: 'ANYSCALE',
      config: { anyscale: { jobQueueName: 'q', imageUri: 'img', executionComputeConfig: 'cpu' } },
      secrets: { anyscale: { authToken: 'tok' } },
    });
    expect(field(registered, 'registerOrchestrator', 'secrets')).toEqual({
      anyscale: { authToken: 'AUTH_TOKEN_BATCH_QUEUE_2' },
    });
  });

  it('registers a self-registered orchestrator without config or secrets', async () => {
    const engine = createTestEngine(storeWithSecrets());
    const registered = await data(engine, KEYS.admin, REGISTER, {
      id: 'laptop',
      description: 'My laptop',
      environment: 'SELF_REGISTERED',
    });
    expect(field(registered, 'registerOrchestrator', 'config')).toBeNull();
    expect(field(registered, 'registerOrchestrator', 'secrets')).toBeNull();
  });

  it("refuses a config or secrets object without the environment's key, or missing a field", async () => {
    const engine = createTestEngine(storeWithSecrets());
    const refuse = (variables: Record<string, unknown>) =>
      firstError(engine, KEYS.admin, REGISTER, { ...DATABRICKS, ...variables });
    expect(await refuse({ config: { anyscale: DATABRICKS.config.databricks } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'config must have one top-level key, "databricks" (the environment), not "anyscale"',
    });
    expect(await refuse({ config: DATABRICKS.config.databricks })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(
        /^config must have one top-level key, "databricks"/,
      ) as unknown,
    });
    expect(await refuse({ secrets: null })).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'A Databricks orchestrator needs secrets: {"databricks": {"host": …, "accountId": …, "clientId": …, "clientSecret": …}}',
    });
    expect(
      await refuse({
        secrets: { databricks: { ...DATABRICKS.secrets.databricks, clientSecret: ' ' } },
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'secrets.databricks is missing clientSecret (a Databricks orchestrator needs host, accountId, clientId, clientSecret)',
    });
    expect(await refuse({ config: { databricks: { jobId: '1' } } })).toMatchObject({
      message: matching(/^config\.databricks is missing executionTaskId/),
    });
    // Nothing was stored by the refusals.
    expect(engine.store.orchestrators.map((o) => o.instanceIdentifier)).toEqual(['old-runner']);
    expect(engine.store.secrets.map((s) => s.key)).toEqual(['SHARED_DBX_HOST']);
  });

  it('refuses an instance id that is taken, and a secret name that is taken', async () => {
    const engine = createTestEngine(storeWithSecrets());
    expect(
      await firstError(engine, KEYS.admin, REGISTER, { ...DATABRICKS, id: 'old-runner' }),
    ).toEqual({
      code: 'CONFLICT',
      message: 'An orchestrator named old-runner is already registered',
    });
    await data(engine, KEYS.admin, REGISTER, DATABRICKS);
    await data(engine, KEYS.admin, DELETE, { id: 'dbx-gpu' });
    // Deleting left the secrets: registering the same id again would overwrite them.
    expect(await firstError(engine, KEYS.admin, REGISTER, DATABRICKS)).toEqual({
      code: 'CONFLICT',
      message:
        'Secrets named HOST_DBX_GPU, ACCOUNT_ID_DBX_GPU, CLIENT_ID_DBX_GPU, CLIENT_SECRET_DBX_GPU already exist: give each name as the value of host, accountId, clientId, clientSecret to use them, or delete them first',
    });
    // Linking the stored ones by name leaves one clash, named alone.
    expect(
      await firstError(engine, KEYS.admin, REGISTER, {
        ...DATABRICKS,
        secrets: {
          databricks: {
            host: 'HOST_DBX_GPU',
            accountId: 'ACCOUNT_ID_DBX_GPU',
            clientId: 'CLIENT_ID_DBX_GPU',
            clientSecret: 'fresh-value',
          },
        },
      }),
    ).toEqual({
      code: 'CONFLICT',
      message:
        'A secret named CLIENT_SECRET_DBX_GPU already exists: give its name as the value of clientSecret to use it, or delete it first',
    });
  });

  it('is for admins only', async () => {
    const engine = createTestEngine(storeWithSecrets());
    expect(await firstError(engine, KEYS.member, REGISTER, DATABRICKS)).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins can register orchestrators; you are signed in as a member',
    });
    expect(await firstError(engine, KEYS.member, LIST, {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await firstError(engine, KEYS.member, GET, { id: 'old-runner' })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await firstError(engine, KEYS.member, DELETE, { id: 'old-runner' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('list_orchestrators, get_orchestrator, delete_orchestrator', () => {
  it('lists active orchestrators, and deactivated ones when asked; searches and orders', async () => {
    const engine = createTestEngine(storeWithSecrets());
    await data(engine, KEYS.admin, REGISTER, DATABRICKS);
    const ids = async (variables: Record<string, unknown>) => {
      const nodes = field(
        await data(engine, KEYS.admin, LIST, variables),
        'orchestratorsPage',
        'nodes',
      );
      return Array.isArray(nodes)
        ? nodes.map((n: unknown) => field(n, 'instanceIdentifier'))
        : nodes;
    };
    expect(await ids({})).toEqual(['dbx-gpu']);
    expect(await ids({ deactivated: true })).toEqual(['dbx-gpu', 'old-runner']);
    expect(
      await ids({ deactivated: true, order: { field: 'createdAt', direction: 'DESC' } }),
    ).toEqual(['dbx-gpu', 'old-runner']);
    expect(
      await ids({ deactivated: true, search: { term: 'X/RUN', fields: ['availableOperators'] } }),
    ).toEqual(['old-runner']);
  });

  it('errors for an orchestrator that does not exist, and deletes one only once', async () => {
    const engine = createTestEngine(storeWithSecrets());
    expect(await firstError(engine, KEYS.admin, GET, { id: 'nope' })).toEqual({
      code: 'NOT_FOUND',
      message: 'No orchestrator nope is registered',
    });
    expect(await data(engine, KEYS.admin, DELETE, { id: 'old-runner' })).toEqual({
      deleteOrchestrator: null,
    });
    expect(await firstError(engine, KEYS.admin, DELETE, { id: 'old-runner' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
