import { isApiError } from './api-error.ts';

// A server older than the published schema refuses a document that asks for a field it does not
// have, with graphql-js's validation messages (a fragment on a type it lacks adds "Unknown type").
// The console then falls back to what it did before those fields existed.

const UNKNOWN_FIELD = /^(Cannot query field "[^"]+" on type "[^"]+"|Unknown type "[^"]+")/;

/** Whether the API refused the document only because it lacks a field the document asks for. */
export function isUnknownFieldError(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.messages.length > 0 &&
    error.messages.every((message) => UNKNOWN_FIELD.test(message))
  );
}
