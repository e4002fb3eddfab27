import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { graphql, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { ApiError } from '../../../lib/api-error.ts';
import {
  featuresOf,
  PUBLISHED_FEATURES,
  type ServerFeatures,
} from '../../../lib/server-features.ts';
import { isUnknownFieldError } from '../../../lib/unknown-field.ts';
import {
  STATUS_OF_OLDER_SERVER,
  ViewerWithServerStatusQuery,
  type ServerStatus,
} from './server-status.ts';

// whoami(): the SDK's _VIEWER_QUERY.
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      role
    }
  }
`);

export type { FeatureFlags, ServerNotification, ServerStatus } from './server-status.ts';

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;

const VIEWER_STALE_MS = 5 * 60_000;

/**
 * The viewer, with the server's status and features in the same request (one per connection
 * start); each goes into its own cache entry. A server that refuses the document (older than the
 * status fields, or one that refuses introspection) gets the SDK's plain document instead, and is
 * taken as the published server: everything on, nothing beyond the published schema.
 */
async function fetchViewer(client: QueryClient): Promise<Viewer> {
  let viewer: Viewer | null;
  let status: ServerStatus;
  let features: ServerFeatures;
  try {
    const data = await gqlRequest(ViewerWithServerStatusQuery, {});
    viewer = data.viewer;
    status = { featureFlag: data.featureFlag, notifications: data.notifications };
    features = featuresOf(data);
  } catch (error) {
    if (!isUnknownFieldError(error)) throw error;
    viewer = (await gqlRequest(ViewerQuery, {})).viewer;
    status = STATUS_OF_OLDER_SERVER;
    features = PUBLISHED_FEATURES;
  }
  if (!viewer) throw new ApiError('auth', ['The API does not know who this key belongs to.']);
  client.setQueryData(sessionQueries.serverStatus().queryKey, status);
  client.setQueryData([...sessionQueries.all(), 'server-features'], features);
  return viewer;
}

export const sessionQueries = {
  all: () => ['session'] as const,
  viewer: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'viewer'],
      queryFn: ({ client }) => fetchViewer(client),
      staleTime: VIEWER_STALE_MS,
    }),
  /** Feature flags and notifications: filled by the viewer's request, which this re-sends. */
  serverStatus: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'server-status'],
      queryFn: async ({ client }): Promise<ServerStatus> => {
        await client.query({ ...sessionQueries.viewer(), staleTime: 0 });
        return (
          client.getQueryData(sessionQueries.serverStatus().queryKey) ?? STATUS_OF_OLDER_SERVER
        );
      },
      staleTime: VIEWER_STALE_MS,
    }),
};
