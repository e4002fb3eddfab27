import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { serverFeatureQueries } from '../../session/api/server-features.ts';
import {
  OrchestratorPublishedQuery,
  OrchestratorQuery,
  OrchestratorsPagePublishedQuery,
  OrchestratorsPageQuery,
} from './documents.ts';
import type { OrchestratorsListParams } from './list-params.ts';

// environment, config and secrets are [ext]: null when the server does not have them. The
// environment is a string, not the known enum, so a value added later still shows as text.
export type OrchestratorRow = ResultOf<
  typeof OrchestratorsPagePublishedQuery
>['orchestratorsPage']['nodes'][number] & { environment: string | null };
export type Orchestrator = ResultOf<typeof OrchestratorPublishedQuery>['orchestrator'] & {
  environment: string | null;
  config: unknown;
  secrets: unknown;
};

export const orchestratorQueries = {
  all: () => ['orchestrators'] as const,
  lists: () => [...orchestratorQueries.all(), 'list'] as const,
  list: (params: OrchestratorsListParams) =>
    queryOptions({
      queryKey: [...orchestratorQueries.lists(), params] as const,
      queryFn: async ({ client }) => {
        const q = params.q.trim();
        const variables = {
          page: params.page,
          pageSize: params.pageSize,
          filter: { includeDeactivated: params.deactivated },
          search: q
            ? { term: q, fields: ['instanceIdentifier' as const, 'availableOperators' as const] }
            : null,
          order: { field: params.sort, direction: params.dir },
        };
        const features = await client.query(serverFeatureQueries.features());
        if (features.orchestratorDetails) {
          return (await gqlRequest(OrchestratorsPageQuery, variables)).orchestratorsPage;
        }
        const { orchestratorsPage } = await gqlRequest(OrchestratorsPagePublishedQuery, variables);
        const nodes: OrchestratorRow[] = orchestratorsPage.nodes.map((node) => ({
          ...node,
          environment: null,
        }));
        return { ...orchestratorsPage, nodes };
      },
      placeholderData: keepPreviousData,
    }),
  details: () => [...orchestratorQueries.all(), 'detail'] as const,
  detail: (instanceIdentifier: string) =>
    queryOptions({
      queryKey: [...orchestratorQueries.details(), instanceIdentifier] as const,
      queryFn: async ({ client }): Promise<Orchestrator> => {
        const features = await client.query(serverFeatureQueries.features());
        if (features.orchestratorDetails) {
          return (await gqlRequest(OrchestratorQuery, { instanceIdentifier })).orchestrator;
        }
        const { orchestrator } = await gqlRequest(OrchestratorPublishedQuery, {
          instanceIdentifier,
        });
        return { ...orchestrator, environment: null, config: null, secrets: null };
      },
    }),
};
