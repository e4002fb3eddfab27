import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';
import { graphql } from './graphql.ts';
import { gqlRequest } from './transport.ts';
import { z } from './zod.ts';

// What the connected server offers beyond the published schema: the fields schema.graphql marks
// `[ext]` (orchestrator registration, snapshot archival, a secret's new value, the plugins'
// declared secrets) exist only on newer servers. The console asks once per connection, with
// `__type` introspection, and sends each feature's published-schema document where the server
// lacks it. A server that refuses introspection is taken as the published one: a feature it
// might have stays hidden rather than a page breaking.

export const ServerFeaturesQuery = graphql(`
  query ServerFeatures {
    orchestrator: __type(name: "Orchestrator") {
      fields {
        name
      }
    }
    plugin: __type(name: "Plugin") {
      fields {
        name
      }
    }
    snapshot: __type(name: "DatasetSnapshot") {
      fields {
        name
      }
    }
    mutation: __type(name: "Mutation") {
      fields {
        name
        args {
          name
        }
      }
    }
  }
`);

export interface ServerFeatures {
  /** Orchestrator.environment, config and secrets. */
  orchestratorDetails: boolean;
  registerOrchestrator: boolean;
  deleteOrchestrator: boolean;
  /** Plugin.secrets: the secret keys a plugin's manifest declares. */
  pluginSecrets: boolean;
  /** DatasetSnapshot.archivedAt and the archive/unarchive mutations. */
  snapshotArchive: boolean;
  /** updateSecret's `value` argument: rotating a secret's value. */
  secretValueUpdate: boolean;
  /** The mock's stand-in for editing samples (never on a real server). */
  simulateDatasetEdits: boolean;
}

/** What a server with only the published schema offers. */
export const PUBLISHED_FEATURES: ServerFeatures = {
  orchestratorDetails: false,
  registerOrchestrator: false,
  deleteOrchestrator: false,
  pluginSecrets: false,
  snapshotArchive: false,
  secretValueUpdate: false,
  simulateDatasetEdits: false,
};

// The typed documents do not type introspection answers: their shape is checked here.
const introspectedType = z
  .object({
    fields: z
      .array(
        z.object({
          name: z.string(),
          args: z.array(z.object({ name: z.string() })).optional(),
        }),
      )
      .nullable(),
  })
  .nullable();
const introspectedSchema = z.object({
  orchestrator: introspectedType,
  plugin: introspectedType,
  snapshot: introspectedType,
  mutation: introspectedType,
});

function fieldNames(type: z.infer<typeof introspectedType>): Set<string> {
  return new Set((type?.fields ?? []).map((field) => field.name));
}

export function featuresOf(answer: unknown): ServerFeatures {
  const parsed = introspectedSchema.safeParse(answer);
  if (!parsed.success) return PUBLISHED_FEATURES;
  const data = parsed.data;
  const orchestrator = fieldNames(data.orchestrator);
  const plugin = fieldNames(data.plugin);
  const snapshot = fieldNames(data.snapshot);
  const mutations = new Map(
    (data.mutation?.fields ?? []).map((field) => [
      field.name,
      new Set((field.args ?? []).map((arg) => arg.name)),
    ]),
  );
  return {
    orchestratorDetails: ['environment', 'config', 'secrets'].every((f) => orchestrator.has(f)),
    registerOrchestrator: mutations.has('registerOrchestrator'),
    deleteOrchestrator: mutations.has('deleteOrchestrator'),
    pluginSecrets: plugin.has('secrets'),
    snapshotArchive:
      snapshot.has('archivedAt') &&
      mutations.has('archiveDatasetSnapshot') &&
      mutations.has('unarchiveDatasetSnapshot'),
    secretValueUpdate: mutations.get('updateSecret')?.has('value') ?? false,
    simulateDatasetEdits: mutations.has('simulateDatasetEdits'),
  };
}

export const serverFeatureQueries = {
  // The query client is cleared when the connection changes, so this is asked once per connection.
  features: () =>
    queryOptions({
      queryKey: ['server-features'] as const,
      queryFn: async (): Promise<ServerFeatures> => {
        try {
          return featuresOf(await gqlRequest(ServerFeaturesQuery, {}));
        } catch (error) {
          // Introspection refused (GraphQL errors in a 200 answer): the published surface.
          // Anything else (offline, a refused key) is the page's error to show.
          const refused =
            isApiError(error) &&
            error.status === null &&
            error.kind !== 'network' &&
            error.kind !== 'auth';
          if (refused) return PUBLISHED_FEATURES;
          throw error;
        }
      },
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};

/** The connected server's features; undefined while they are being found out. */
export function useServerFeatures(): ServerFeatures | undefined {
  return useQuery(serverFeatureQueries.features()).data;
}
