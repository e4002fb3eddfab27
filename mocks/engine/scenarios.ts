// Named failure scenarios a test or the demo can switch on (conventions: "Failures are named
// scenarios"). null is a healthy server.

export type ScenarioName =
  | 'network-down'
  | 'server-error'
  | 'slow'
  | 'graphql-error'
  | 'invalid-key'
  // A server from before the fields the console reads for roles, flags and notifications
  // (schema.graphql's "published, not yet used by the console" section): asking for them fails
  // validation, as it would there.
  | 'older-server'
  // Answers from a newer server: unknown enum values and extra fields (forward-compat.ts).
  | 'unknown-values';

export const SCENARIOS: readonly ScenarioName[] = [
  'network-down',
  'server-error',
  'slow',
  'graphql-error',
  'invalid-key',
  'older-server',
  'unknown-values',
];

/** How long the `slow` scenario holds every answer. */
export const SLOW_DELAY_MS = 2500;

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && SCENARIOS.some((name) => name === value);
}
