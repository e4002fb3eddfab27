import { GraphQLError } from 'graphql';

// The refusal codes of fiftyone-api.md §14 (plus NOT_IMPLEMENTED for what the mock does not serve yet).
export type ErrorCode =
  'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_IMPLEMENTED';

/** Refuses the current field with a GraphQL error whose message says why. */
export function fail(code: ErrorCode, message: string): never {
  throw new GraphQLError(message, { extensions: { code } });
}

export function notImplemented(field: string): never {
  fail('NOT_IMPLEMENTED', `${field} is not implemented in the mock API yet`);
}
