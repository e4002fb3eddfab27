import { afterEach, describe, expect, it, vi } from 'vitest';
import { GUEST_KEY_MESSAGE, INVALID_KEY_MESSAGE, MISSING_KEY_MESSAGE } from './auth.ts';
import { CONNECTION_CHECK_QUERY, DELETE_API_KEY_QUERY, VIEWER_QUERY } from './sdk-documents.ts';
import { createEngine } from './engine.ts';
import {
  buildTestStore,
  containing,
  createTestEngine,
  gql,
  graphqlRequest,
  IDS,
  KEYS,
  like,
  matching,
  TEST_NOW,
  typeDefs,
} from './test-fixtures.ts';

async function jsonOf(response: Response): Promise<unknown> {
  return response.json();
}

describe('health', () => {
  it('answers 200 {"status":"available"} without a key, under any base path', async () => {
    const engine = createTestEngine();
    for (const url of ['http://mock.test/health', 'https://x.example/api/health/']) {
      const response = await engine.handle(new Request(url));
      expect(response.status).toBe(200);
      expect(await jsonOf(response)).toEqual({ status: 'available' });
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
  });
});

describe('authentication', () => {
  it('refuses a missing key with 401 and a JSON message', async () => {
    const reply = await gql(createTestEngine(), null, CONNECTION_CHECK_QUERY);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ message: MISSING_KEY_MESSAGE });
  });

  it('refuses an unknown key with a different message', async () => {
    const reply = await gql(createTestEngine(), 'fo-not-a-key', CONNECTION_CHECK_QUERY);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ message: INVALID_KEY_MESSAGE });
    expect(INVALID_KEY_MESSAGE).not.toBe(MISSING_KEY_MESSAGE);
  });

  it("refuses a guest's key", async () => {
    const reply = await gql(createTestEngine(), KEYS.guest, CONNECTION_CHECK_QUERY);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ message: GUEST_KEY_MESSAGE });
  });

  it('refuses a revoked key from the next request on', async () => {
    const engine = createTestEngine();
    const before = await gql(engine, KEYS.member, CONNECTION_CHECK_QUERY);
    expect(before.body.data).toEqual({ viewer: { id: IDS.member } });
    const removed = await gql(engine, KEYS.member, DELETE_API_KEY_QUERY, {
      key: 'f00000000000000000000002',
      userId: null,
    });
    expect(removed.body).toEqual({ data: { removeApiKey: null } });
    const after = await gql(engine, KEYS.member, CONNECTION_CHECK_QUERY);
    expect(after.status).toBe(401);
    expect(after.body).toEqual({ message: INVALID_KEY_MESSAGE });
  });

  it('serves the SDK viewer query with a valid key', async () => {
    const reply = await gql(createTestEngine(), KEYS.admin, VIEWER_QUERY);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      data: {
        viewer: { id: IDS.admin, name: 'Ada Lovelace', email: 'ada.admin@acme.ai', role: 'ADMIN' },
      },
    });
  });
});

describe('the GraphQL endpoint', () => {
  const post = (body: string) =>
    new Request('http://mock.test/graphql/v1', {
      method: 'POST',
      headers: { 'X-API-Key': KEYS.admin, 'Content-Type': 'application/json' },
      body,
    });

  it('answers 200 with an error for a body that is not JSON', async () => {
    const response = await createTestEngine().handle(post('{not json'));
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    expect(body).toEqual({ errors: [{ message: containing('not valid JSON') }] });
  });

  it('answers 200 with an error for JSON without a string query', async () => {
    for (const text of ['{"variables":{}}', '[1,2]', '{"query": 3}', 'null']) {
      const response = await createTestEngine().handle(post(text));
      expect(response.status).toBe(200);
      expect(await jsonOf(response)).toEqual({
        errors: [{ message: containing('string "query"') }],
      });
    }
  });

  it('answers 200 with errors for a syntax error and for an unknown field', async () => {
    const engine = createTestEngine();
    const syntax = await gql(engine, KEYS.admin, '{ viewer { id ');
    expect(syntax.status).toBe(200);
    expect(syntax.body.errors?.[0]?.message).toMatch(/^Syntax Error/);
    const unknown = await gql(engine, KEYS.admin, '{ viewer { shoeSize } }');
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors?.[0]?.message).toContain('shoeSize');
    expect(unknown.body.data).toBeUndefined();
  });

  // A field the schema gains before the mock serves it (as a newer server schema would bring).
  const FUTURE_SCHEMA = `${typeDefs}
    extend type Query { futureReport: String }
    extend type Dataset { futureStat: Int }`;

  it('reports a root field the mock does not serve yet as NOT_IMPLEMENTED', async () => {
    const engine = createEngine({
      typeDefs: FUTURE_SCHEMA,
      store: buildTestStore(),
      now: () => TEST_NOW,
    });
    const reply = await gql(engine, KEYS.admin, '{ futureReport }');
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toEqual([
      like({
        message: 'futureReport is not implemented in the mock API yet',
        extensions: { code: 'NOT_IMPLEMENTED' },
        path: ['futureReport'],
      }),
    ]);
  });

  it('reports an unmodelled nested field as NOT_IMPLEMENTED, naming the type', async () => {
    const engine = createEngine({
      typeDefs: FUTURE_SCHEMA,
      store: buildTestStore(),
      now: () => TEST_NOW,
    });
    const reply = await gql(engine, KEYS.admin, '{ viewer { datasets { name futureStat } } }');
    expect(reply.body.errors?.[0]).toMatchObject({
      message: 'Dataset.futureStat is not implemented in the mock API yet',
      extensions: { code: 'NOT_IMPLEMENTED' },
    });
  });

  it('accepts the SDK style: commas in selections, fragments first, snake_case variables', async () => {
    const query = `
      fragment u on User { id, name, }
      query ($user_id: String!) { user(id: $user_id) { ...u, email } }`;
    const reply = await gql(createTestEngine(), KEYS.admin, query, { user_id: IDS.member });
    expect(reply.body).toEqual({
      data: { user: { id: IDS.member, name: 'Milo Okafor', email: 'milo.member@acme.ai' } },
    });
  });

  it('refuses a wrong method on a known path and answers 404 elsewhere', async () => {
    const engine = createTestEngine();
    const get = await engine.handle(new Request('http://mock.test/graphql/v1'));
    expect(get.status).toBe(405);
    const missing = await engine.handle(new Request('http://mock.test/graphql/v2'));
    expect(missing.status).toBe(404);
    expect(await jsonOf(missing)).toEqual({ message: 'Not found' });
  });

  it('answers a CORS preflight on any path', async () => {
    const response = await createTestEngine().handle(
      new Request('http://mock.test/anything', { method: 'OPTIONS' }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('X-API-Key');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
  });

  it('serves graphql/v1 under a base path on another origin', async () => {
    const engine = createTestEngine();
    const response = await engine.handle(
      graphqlRequest(KEYS.admin, CONNECTION_CHECK_QUERY, null, 'https://example.org/api'),
    );
    expect(await jsonOf(response)).toEqual({ data: { viewer: { id: IDS.admin } } });
  });
});

describe('change notifications', () => {
  it('notifies after a mutation, not after a query', async () => {
    const engine = createTestEngine();
    const listener = vi.fn();
    const stop = engine.onChange(listener);
    await gql(engine, KEYS.admin, VIEWER_QUERY);
    expect(listener).not.toHaveBeenCalled();
    await gql(engine, KEYS.admin, 'mutation { generateApiKey(name: "ci") { id } }');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await gql(engine, KEYS.admin, 'mutation { generateApiKey(name: "ci2") { id } }');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('the file store', () => {
  const upload = (key: string, form: FormData) =>
    new Request('http://mock.test/file', {
      method: 'POST',
      headers: { 'X-API-Key': key },
      body: form,
    });

  it('stores a multipart upload and hands the same bytes back once', async () => {
    const engine = createTestEngine();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255, 128, 7]);
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/octet-stream' }), 'plugin.zip');
    const uploaded = await engine.handle(upload(KEYS.member, form));
    expect(uploaded.status).toBe(200);
    const body = await jsonOf(uploaded);
    expect(body).toEqual({ file_token: matching(/^[0-9a-f]{32}$/) });
    const token = engine.store.files[0]?.token ?? '';
    expect(body).toEqual({ file_token: token });
    expect(engine.store.files[0]?.name).toBe('plugin.zip');

    const download = () =>
      engine.handle(
        new Request(`http://mock.test/file/${token}`, { headers: { 'X-API-Key': KEYS.member } }),
      );
    const first = await download();
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(bytes);
    const second = await download();
    expect(second.status).toBe(404);
    expect(await jsonOf(second)).toEqual({ message: containing(token) });
  });

  it('refuses an upload without a "file" part, and uploads without a key', async () => {
    const engine = createTestEngine();
    const form = new FormData();
    form.append('other', 'x');
    const response = await engine.handle(upload(KEYS.member, form));
    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toEqual({ message: containing('"file"') });
    const anonymous = await engine.handle(
      new Request('http://mock.test/file', { method: 'POST', body: new FormData() }),
    );
    expect(anonymous.status).toBe(401);
    expect(engine.store.files).toEqual([]);
  });

  it('needs a key to download', async () => {
    const response = await createTestEngine().handle(new Request('http://mock.test/file/abc'));
    expect(response.status).toBe(401);
  });
});

describe('scenarios', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('server-error answers 500 with a message on every path', async () => {
    const engine = createTestEngine();
    engine.setScenario('server-error');
    for (const request of [
      graphqlRequest(KEYS.admin, VIEWER_QUERY),
      new Request('http://mock.test/health'),
    ]) {
      const response = await engine.handle(request);
      expect(response.status).toBe(500);
      expect(await jsonOf(response)).toEqual({ message: 'Internal server error (simulated)' });
    }
    engine.setScenario(null);
    expect((await engine.handle(new Request('http://mock.test/health'))).status).toBe(200);
  });

  it('graphql-error answers 200 with a GraphQL error', async () => {
    const engine = createTestEngine();
    engine.setScenario('graphql-error');
    const reply = await gql(engine, KEYS.admin, VIEWER_QUERY);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      data: null,
      errors: [{ message: 'Simulated GraphQL error', extensions: { code: 'INTERNAL' } }],
    });
  });

  it('network-down answers a network error', async () => {
    const engine = createTestEngine();
    engine.setScenario('network-down');
    const response = await engine.handle(graphqlRequest(KEYS.admin, VIEWER_QUERY));
    expect(response.type).toBe('error');
    expect(engine.scenario).toBe('network-down');
  });

  it('invalid-key answers 401 as for a revoked key', async () => {
    const engine = createTestEngine();
    engine.setScenario('invalid-key');
    const reply = await gql(engine, KEYS.admin, VIEWER_QUERY);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ message: INVALID_KEY_MESSAGE });
  });

  it('slow holds the answer for 2.5 s, then serves it', async () => {
    vi.useFakeTimers();
    const engine = createTestEngine();
    engine.setScenario('slow');
    let settled = false;
    const pending = engine.handle(new Request('http://mock.test/health')).then((response) => {
      settled = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(2400);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(true);
    expect((await pending).status).toBe(200);
  });
});
