import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INVALID_KEY_MESSAGE } from '../../mocks/engine/auth.ts';
import { PERSONAS } from '../../mocks/engine/personas.ts';
import { mockEngine, server } from '../../mocks/node.ts';
import { ApiError } from './api-error.ts';
import { setConnection } from './connection.ts';
import { graphql } from './graphql.ts';
import { gqlMutation, gqlRequest } from './transport.ts';

// The transport as the API sees it: every GraphQL operation, query or mutation, is a POST to
// /graphql/v1 with the key in X-API-Key (never in the URL) and a JSON {query, variables} body;
// every failure becomes a typed ApiError. Runs against the mock engine through msw/node.

const API_URL = 'https://fiftyone.example.test';

function key(id: string): string {
  const found = PERSONAS.find((p) => p.id === id);
  if (!found) throw new Error(`No persona ${id}`);
  return found.apiKey;
}

interface Exchange {
  request: Request;
  response: Response | null;
}

/** Every request the transport sent in this test, with the mock's answer, by request id. */
const exchanges = new Map<string, Exchange>();

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
  server.events.on('request:start', ({ request, requestId }) => {
    exchanges.set(requestId, { request: request.clone(), response: null });
  });
  server.events.on('response:mocked', ({ response, requestId }) => {
    const exchange = exchanges.get(requestId);
    if (exchange) exchange.response = response.clone();
  });
});
beforeEach(() => {
  mockEngine.reset();
  mockEngine.setScenario(null);
  exchanges.clear();
  setConnection({ apiUrl: API_URL, apiKey: key('admin') });
});
afterEach(() => setConnection(null));
afterAll(() => server.close());

/** The only request the transport sent during the test. */
function onlyExchange(): Exchange {
  expect(exchanges.size).toBe(1);
  const [exchange] = exchanges.values();
  if (!exchange) throw new Error('No request was sent');
  return exchange;
}

async function jsonBody(message: Request | Response): Promise<Record<string, unknown>> {
  const body: unknown = JSON.parse(await message.text());
  if (typeof body !== 'object' || body === null) throw new Error('The body is not a JSON object');
  return Object.fromEntries(Object.entries(body));
}

/** The promise's rejection, which must be an ApiError. */
async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  if (!(error instanceof ApiError)) throw new Error('Expected an ApiError');
  return error;
}

const UserByEmail = graphql(`
  query TransportUser($id: String!) {
    user(id: $id) {
      name
      role
    }
  }
`);

const GenerateKey = graphql(`
  mutation TransportGenerateKey($name: String!) {
    generateApiKey(name: $name) {
      name
    }
  }
`);

const ViewerAndSecrets = graphql(`
  query TransportViewerAndSecrets {
    viewer {
      email
    }
    secrets {
      key
    }
  }
`);

const Invite = graphql(`
  mutation TransportInvite($email: String!, $role: UserRole!) {
    sendUserInvitation(email: $email, role: $role) {
      id
    }
  }
`);

describe('what the transport sends', () => {
  it.each([
    ['query', () => gqlRequest(UserByEmail, { id: 'milo.member@acme.ai' }), 'TransportUser'],
    ['mutation', () => gqlMutation(GenerateKey, { name: 'ci' }), 'TransportGenerateKey'],
  ] as const)(
    'a %s is a POST of JSON {query, variables} to /graphql/v1 with X-API-Key',
    async (_kind, run, operation) => {
      await run();
      const { request } = onlyExchange();
      expect(request.method).toBe('POST');
      const url = new URL(request.url);
      expect(`${url.origin}${url.pathname}`).toBe(`${API_URL}/graphql/v1`);
      expect(url.search).toBe('');
      expect(request.url).not.toContain(key('admin'));
      expect(request.headers.get('X-API-Key')).toBe(key('admin'));
      expect(request.headers.get('Content-Type')).toMatch(/^application\/json\b/);
      const body = await jsonBody(request);
      expect(body.query).toEqual(expect.stringContaining(operation));
      expect(body.variables).toEqual(
        operation === 'TransportUser' ? { id: 'milo.member@acme.ai' } : { name: 'ci' },
      );
      expect(JSON.stringify(body)).not.toContain(key('admin'));
    },
  );

  it('resolves with the data of a successful answer', async () => {
    await expect(gqlRequest(UserByEmail, { id: 'milo.member@acme.ai' })).resolves.toEqual({
      user: { name: 'Milo Okafor', role: 'MEMBER' },
    });
  });
});

describe('how the transport fails', () => {
  it('rejects an answer that carries data and errors, with the kind of its extensions.code', async () => {
    setConnection({ apiUrl: API_URL, apiKey: key('member') });
    const error = await apiErrorOf(gqlRequest(ViewerAndSecrets, {}));

    // The server did answer part of it: a member may read themselves, not the secrets.
    const { response } = onlyExchange();
    if (!response) throw new Error('No response was recorded');
    const answer = await jsonBody(response);
    expect(answer.data).toEqual({ viewer: { email: 'milo.member@acme.ai' }, secrets: null });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);

    expect(error.kind).toBe('forbidden');
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/secrets/);
  });

  it('maps a refused mutation (CONFLICT) to a validation error with the server’s message', async () => {
    const error = await apiErrorOf(
      gqlMutation(Invite, { email: 'milo.member@acme.ai', role: 'MEMBER' }),
    );
    expect(error.kind).toBe('validation');
    expect(error.code).toBe('CONFLICT');
    expect(error.messages).toEqual(['milo.member@acme.ai is already a member of the organization']);
  });

  it('maps HTTP 401 to an auth error with the server’s message', async () => {
    setConnection({ apiUrl: API_URL, apiKey: 'fo-revoked-key-0000' });
    const error = await apiErrorOf(gqlRequest(UserByEmail, { id: 'milo.member@acme.ai' }));
    expect(error.kind).toBe('auth');
    expect(error.status).toBe(401);
    expect(error.message).toBe(INVALID_KEY_MESSAGE);
  });

  it('maps HTTP 500 to a server error', async () => {
    mockEngine.setScenario('server-error');
    const error = await apiErrorOf(gqlRequest(UserByEmail, { id: 'milo.member@acme.ai' }));
    expect(error.kind).toBe('server');
    expect(error.status).toBe(500);
  });

  it('maps a request that never got an answer to a network error', async () => {
    mockEngine.setScenario('network-down');
    const error = await apiErrorOf(gqlMutation(GenerateKey, { name: 'offline' }));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
  });
});
