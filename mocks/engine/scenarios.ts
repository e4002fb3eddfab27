// Named failure scenarios a test or the demo can switch on (conventions: "Failures are named
// scenarios"). null is a healthy server.

export type ScenarioName =
  | 'network-down'
  | 'server-error'
  | 'slow'
  | 'graphql-error'
  | 'invalid-key'
  // Answers from a newer server: unknown enum values and extra fields (forward-compat.ts).
  | 'unknown-values';

export const SCENARIOS: readonly ScenarioName[] = [
  'network-down',
  'server-error',
  'slow',
  'graphql-error',
  'invalid-key',
  'unknown-values',
];

/** How long the `slow` scenario holds every answer. */
export const SLOW_DELAY_MS = 2500;

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && SCENARIOS.some((name) => name === value);
}
