import { isApiError } from './api-error.ts';

// A server older than the published schema refuses a document that asks for a field it does not
// have, with graphql-js's validation messages (a fragment on a type it lacks adds "Unknown type");
// a server with introspection turned off refuses the shell's `__type` fields the same way
// (Strawberry's and Apollo's wording). The console then falls back to what it did without them.

const UNKNOWN_FIELD =
  /^(Cannot query field "[^"]+" on type "[^"]+"|Unknown type "[^"]+"|GraphQL introspection (has been disabled|is not allowed))/;

/** Whether the API refused the document only because it lacks (or hides) a field it asks for. */
export function isUnknownFieldError(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.messages.length > 0 &&
    error.messages.every((message) => UNKNOWN_FIELD.test(message))
  );
}
