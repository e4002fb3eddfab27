import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { ApiError, type ApiErrorKind } from './api-error.ts';
import { apiEndpoint, getConnection, subscribeConnection, type Connection } from './connection.ts';

// One transport: an urql client (POST only, X-API-Key, /graphql/v1) with no document cache.
// TanStack Query owns caching; this module only turns a document into data or an ApiError.

let client: Client | null = null;
let clientFor: Connection | null = null;

subscribeConnection(() => {
  client = null;
  clientFor = null;
});

function getClient(): Client {
  const connection = getConnection();
  if (!connection) throw new ApiError('auth', ['Connect to a FiftyOne API first.']);
  if (client && clientFor === connection) return client;
  clientFor = connection;
  client = new Client({
    url: apiEndpoint(connection, 'graphql/v1'),
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers: { 'X-API-Key': connection.apiKey } }),
    fetch: checkedFetch,
  });
  return client;
}

// HTTP-level failures become typed errors here, with the body's `message` when it has one,
// before urql tries to read them as GraphQL.
async function checkedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch (cause) {
    throw new ApiError('network', [], { cause });
  }
  if (response.ok) return response;
  const message = await readMessage(response);
  const kind: ApiErrorKind =
    response.status === 401
      ? 'auth'
      : response.status === 403
        ? 'forbidden'
        : response.status === 404
          ? 'notFound'
          : response.status >= 500
            ? 'server'
            : 'validation';
  throw new ApiError(kind, message ? [message] : [`HTTP ${response.status}`], {
    status: response.status,
  });
}

export async function readMessage(response: Response): Promise<string | null> {
  const text = await response.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'message' in body) {
      return String(body.message);
    }
  } catch {
    // Not JSON: fall back to the raw text.
  }
  return text.trim() || null;
}

const CODE_KINDS: Record<string, ApiErrorKind> = {
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'auth',
  NOT_FOUND: 'notFound',
  BAD_USER_INPUT: 'validation',
  CONFLICT: 'validation',
  GRAPHQL_VALIDATION_FAILED: 'validation',
};

/**
 * Runs a query or mutation. Resolves with `data`, or throws an ApiError. A response that carries
 * `errors` is a failure even when it also carries `data` (as the SDK treats it).
 */
export async function gqlRequest<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  kind: 'query' | 'mutation' = 'query',
): Promise<Data> {
  const urql = getClient();
  const result =
    kind === 'query'
      ? await urql.query(document, variables).toPromise()
      : await urql.mutation(document, variables).toPromise();
  const error = result.error;
  if (error) {
    if (error.networkError instanceof ApiError) throw error.networkError;
    if (error.networkError) {
      throw new ApiError('network', [error.networkError.message], { cause: error.networkError });
    }
    const first = error.graphQLErrors[0];
    const code = typeof first?.extensions.code === 'string' ? first.extensions.code : null;
    const kindOf: ApiErrorKind = (code ? CODE_KINDS[code] : undefined) ?? 'server';
    throw new ApiError(
      kindOf,
      error.graphQLErrors.map((e) => e.message),
      { code, cause: error },
    );
  }
  if (result.data === undefined) throw new ApiError('server', ['The API returned no data.']);
  return result.data;
}

export function gqlMutation<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  return gqlRequest(document, variables, 'mutation');
}
