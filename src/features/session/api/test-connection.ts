import { ApiError } from '../../../lib/api-error.ts';
import { apiEndpoint, type Connection } from '../../../lib/connection.ts';
import { readMessage } from '../../../lib/transport.ts';
import type { Viewer } from './viewer.ts';
import { z } from '../../../lib/zod.ts';

const viewerResponse = z.object({
  data: z
    .object({
      viewer: z
        .object({
          id: z.string(),
          name: z.string(),
          email: z.string(),
          role: z.enum(['ADMIN', 'MEMBER', 'COLLABORATOR', 'GUEST']),
        })
        .nullish(),
    })
    .nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

/**
 * What the SDK's test_api_connection() does: GET health (must be 200), then `viewer { id }`
 * (must be non-null). Resolves with the viewer, or throws an ApiError saying which step failed.
 */
export async function testConnection(connection: Connection): Promise<Viewer> {
  let health: Response;
  try {
    health = await fetch(apiEndpoint(connection, 'health'));
  } catch (cause) {
    throw new ApiError('network', [`Unable to connect to ${apiEndpoint(connection, '')}.`], {
      cause,
    });
  }
  if (!health.ok) {
    const message = await readMessage(health);
    throw new ApiError(
      'server',
      [`Health check failed: HTTP ${health.status}${message ? ` (${message})` : ''}`],
      {
        status: health.status,
      },
    );
  }
  const response = await fetch(apiEndpoint(connection, 'graphql/v1'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': connection.apiKey },
    body: JSON.stringify({ query: '{ viewer { id name email role } }', variables: null }),
  }).catch((cause: unknown) => {
    throw new ApiError('network', [`Unable to connect to ${apiEndpoint(connection, '')}.`], {
      cause,
    });
  });
  if (response.status === 401 || response.status === 403) {
    const message = await readMessage(response);
    throw new ApiError(
      response.status === 401 ? 'auth' : 'forbidden',
      [message ?? 'The API key was refused.'],
      {
        status: response.status,
      },
    );
  }
  if (!response.ok) {
    throw new ApiError('server', [`The API answered HTTP ${response.status}.`], {
      status: response.status,
    });
  }
  const parsed = viewerResponse.safeParse(await response.json().catch(() => null));
  if (!parsed.success)
    throw new ApiError('server', ['The API did not answer like a FiftyOne API.']);
  const body = parsed.data;
  if (body.errors?.length)
    throw new ApiError(
      'server',
      body.errors.map((e) => e.message),
    );
  const viewer = body.data?.viewer;
  if (!viewer) throw new ApiError('auth', ['The API key does not belong to a user.']);
  return viewer;
}
