import { queryOptions, useQuery } from '@tanstack/react-query';
import { PUBLISHED_FEATURES, type ServerFeatures } from '../../../lib/server-features.ts';
import { sessionQueries } from './viewer.ts';

// What the connected server offers beyond the published schema, found out by the shell's one
// Viewer request (see server-status.ts); every area reads it from here.

export const serverFeatureQueries = {
  // Filled by the Viewer request; the query client is cleared when the connection changes, so
  // this is found out once per connection.
  features: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'server-features'] as const,
      queryFn: async ({ client }): Promise<ServerFeatures> => {
        await client.query({ ...sessionQueries.viewer(), staleTime: 0 });
        return (
          client.getQueryData<ServerFeatures>([...sessionQueries.all(), 'server-features']) ??
          PUBLISHED_FEATURES
        );
      },
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};

/** The connected server's features; undefined while they are being found out. */
export function useServerFeatures(): ServerFeatures | undefined {
  return useQuery(serverFeatureQueries.features()).data;
}
