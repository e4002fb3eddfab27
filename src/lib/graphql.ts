import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

// Documents are typed against the shared schema.graphql (`npm run codegen` refreshes the
// introspection), so a wrong field or argument fails the type check, not the user.
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    datetime: string;
    JSON: unknown;
    Void: null;
    Email: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
