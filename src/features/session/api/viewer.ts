import { queryOptions } from '@tanstack/react-query';
import { graphql, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { ApiError } from '../../../lib/api-error.ts';

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

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;

export const sessionQueries = {
  all: () => ['session'] as const,
  viewer: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'viewer'],
      queryFn: async () => {
        const data = await gqlRequest(ViewerQuery, {});
        if (!data.viewer)
          throw new ApiError('auth', ['The API does not know who this key belongs to.']);
        return data.viewer;
      },
      staleTime: 5 * 60_000,
    }),
};
