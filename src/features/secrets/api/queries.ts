import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { isApiError, type ApiError } from '../../../lib/api-error.ts';
import { readFragment, type FragmentOf, type ResultOf } from '../../../lib/graphql.ts';
import { serverFeatureQueries } from '../../session/api/server-features.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { pluginListOf, pluginQueries } from '../../plugins/api/queries.ts';
import {
  OrchestratorSecretsFragment,
  OrchestratorSecretsQuery,
  SecretFields,
  SecretsPageQuery,
  SecretsQuery,
} from './documents.ts';
import type { SecretSortField } from './list-params.ts';
import { secretNames, type OrchestratorUse } from './usage.ts';

export type Secret = ResultOf<typeof SecretFields>;

/** The secrets page's own data; the plugins that use them are in `pluginQueries.list(true)`. */
export interface SecretsPageData {
  secrets: Secret[];
  /** Which secrets each orchestrator references; null when the API would not say. */
  orchestrators: OrchestratorUse[] | null;
  /** Why the plugins and orchestrators that use the secrets are unknown (the secrets are not). */
  usageError: ApiError | null;
  /** False when the server has no way to say (Plugin.secrets and Orchestrator.secrets are [ext]). */
  usageOffered: boolean;
}

const ORCHESTRATOR_PAGE = 100;

function order(sort: SecretSortField, dir: 'asc' | 'desc') {
  return { field: sort, direction: dir === 'desc' ? ('DESC' as const) : ('ASC' as const) };
}

export const secretQueries = {
  all: () => ['secrets'] as const,
  lists: () => [...secretQueries.all(), 'list'] as const,
  /** Sorted by the API; the list is small enough to search and page in the table. */
  list: (sort: SecretSortField, dir: 'asc' | 'desc') =>
    queryOptions({
      queryKey: [...secretQueries.lists(), { sort, dir }] as const,
      queryFn: async (): Promise<Secret[]> => {
        const data = await gqlRequest(SecretsQuery, { order: order(sort, dir) });
        return (data.secrets ?? []).map((secret) => readFragment(SecretFields, secret));
      },
      placeholderData: keepPreviousData,
    }),
  /**
   * The secrets page in one request: the secrets, the orchestrators' references and, put in the
   * plugins area's cache (and the secrets list's), the plugins that declare secrets. Invalidated
   * with the secrets (and by orchestrator changes, which invalidate the secrets).
   */
  page: (sort: SecretSortField, dir: 'asc' | 'desc') =>
    queryOptions({
      queryKey: [...secretQueries.all(), 'page', { sort, dir }] as const,
      queryFn: async ({ client }): Promise<SecretsPageData> => {
        const features = await client.query(serverFeatureQueries.features());
        if (!features.pluginSecrets || !features.orchestratorDetails) {
          const secrets = await client.query(secretQueries.list(sort, dir));
          return { secrets, orchestrators: null, usageError: null, usageOffered: false };
        }
        let data;
        try {
          data = await gqlRequest(SecretsPageQuery, {
            order: order(sort, dir),
            pageSize: ORCHESTRATOR_PAGE,
          });
        } catch (error) {
          // A document the API refuses (e.g. a deployment without the orchestrators' `[ext]`
          // secret names) must not cost the secrets themselves: they are asked for alone, and
          // the page says what it could not find out.
          if (!refusedDocument(error)) throw error;
          const secrets = await client.query(secretQueries.list(sort, dir));
          return { secrets, orchestrators: null, usageError: error, usageOffered: true };
        }
        const secrets = (data.secrets ?? []).map((secret) => readFragment(SecretFields, secret));
        const orchestrators = await withLaterPages(data.orchestratorsPage);
        // Other views read these under their own keys: seeded, they are not asked for again.
        client.setQueryData(secretQueries.list(sort, dir).queryKey, secrets);
        client.setQueryData(pluginQueries.list(true).queryKey, pluginListOf(data));
        return { secrets, orchestrators, usageError: null, usageOffered: true };
      },
      placeholderData: keepPreviousData,
    }),
};

/**
 * GraphQL errors in an HTTP 200 answer that refuse the document itself (a field it lacks, a part
 * the key may not read). An internal error is not one: the secrets alone would fail the same way,
 * and trying them only doubles the retries before the page can say what failed.
 */
function refusedDocument(error: unknown): error is ApiError {
  return (
    isApiError(error) &&
    error.status === null &&
    error.kind !== 'network' &&
    error.kind !== 'auth' &&
    error.kind !== 'server'
  );
}

/** The first page's orchestrators, and those of the pages after it (a large organization). */
async function withLaterPages(
  first: FragmentOf<typeof OrchestratorSecretsFragment>,
): Promise<OrchestratorUse[]> {
  const out: OrchestratorUse[] = [];
  let current = readFragment(OrchestratorSecretsFragment, first);
  for (let page = 1; ; page++) {
    for (const node of current.nodes) {
      out.push({
        instanceIdentifier: node.instanceIdentifier,
        deactivated: node.deactivatedAt !== null,
        references: secretNames(node.secrets),
      });
    }
    if (page >= current.pageTotal) return out;
    const next = await gqlRequest(OrchestratorSecretsQuery, {
      page: page + 1,
      pageSize: ORCHESTRATOR_PAGE,
    });
    current = readFragment(OrchestratorSecretsFragment, next.orchestratorsPage);
  }
}
