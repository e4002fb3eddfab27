import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { OrchestratorQuery, OrchestratorsPageQuery } from './documents.ts';
import type { OrchestratorsListParams } from './list-params.ts';

export type OrchestratorRow = ResultOf<
  typeof OrchestratorsPageQuery
>['orchestratorsPage']['nodes'][number];
export type Orchestrator = ResultOf<typeof OrchestratorQuery>['orchestrator'];

export const orchestratorQueries = {
  all: () => ['orchestrators'] as const,
  lists: () => [...orchestratorQueries.all(), 'list'] as const,
  list: (params: OrchestratorsListParams) =>
    queryOptions({
      queryKey: [...orchestratorQueries.lists(), params] as const,
      queryFn: async () => {
        const q = params.q.trim();
        const data = await gqlRequest(OrchestratorsPageQuery, {
          page: params.page,
          pageSize: params.pageSize,
          filter: { includeDeactivated: params.deactivated },
          search: q ? { term: q, fields: ['instanceIdentifier', 'availableOperators'] } : null,
          order: { field: params.sort, direction: params.dir },
        });
        return data.orchestratorsPage;
      },
      placeholderData: keepPreviousData,
    }),
  details: () => [...orchestratorQueries.all(), 'detail'] as const,
  detail: (instanceIdentifier: string) =>
    queryOptions({
      queryKey: [...orchestratorQueries.details(), instanceIdentifier] as const,
      queryFn: async () =>
        (await gqlRequest(OrchestratorQuery, { instanceIdentifier })).orchestrator,
    }),
};
