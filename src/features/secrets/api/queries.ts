import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { readFragment, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { OrchestratorSecretsQuery, SecretFields, SecretsQuery } from './documents.ts';
import type { SecretSortField } from './list-params.ts';
import { secretNames, type OrchestratorUse } from './usage.ts';

export type Secret = ResultOf<typeof SecretFields>;

const ORCHESTRATOR_PAGE = 100;

export const secretQueries = {
  all: () => ['secrets'] as const,
  lists: () => [...secretQueries.all(), 'list'] as const,
  /** Sorted by the API; the list is small enough to search and page in the table. */
  list: (sort: SecretSortField, dir: 'asc' | 'desc') =>
    queryOptions({
      queryKey: [...secretQueries.lists(), { sort, dir }] as const,
      queryFn: async (): Promise<Secret[]> => {
        const data = await gqlRequest(SecretsQuery, {
          order: { field: sort, direction: dir === 'desc' ? 'DESC' : 'ASC' },
        });
        return (data.secrets ?? []).map((secret) => readFragment(SecretFields, secret));
      },
      placeholderData: keepPreviousData,
    }),
  /** Which secrets each orchestrator references (invalidated with the secrets). */
  orchestratorReferences: () =>
    queryOptions({
      queryKey: [...secretQueries.all(), 'orchestrator-references'] as const,
      queryFn: allOrchestrators,
    }),
};

async function allOrchestrators(): Promise<OrchestratorUse[]> {
  const out: OrchestratorUse[] = [];
  for (let page = 1; ; page++) {
    const data = await gqlRequest(OrchestratorSecretsQuery, { page, pageSize: ORCHESTRATOR_PAGE });
    for (const node of data.orchestratorsPage.nodes) {
      out.push({
        instanceIdentifier: node.instanceIdentifier,
        deactivated: node.deactivatedAt !== null,
        references: secretNames(node.secrets),
      });
    }
    if (page >= data.orchestratorsPage.pageTotal) return out;
  }
}
