// The longest text the API accepts in each field the console sends. One table, read by every
// form's zod schema (checked as you type) and by the mock API (which refuses the same text with
// BAD_USER_INPUT naming the field), so the console and the server can never disagree.
// Lengths are counted in UTF-16 code units (JavaScript's `length`), after trimming where the
// field is trimmed.

export const LIMITS = {
  /** RFC 5321: a forward path is at most 256 octets, so an address at most 254. */
  email: 254,
  groupName: 100,
  groupDescription: 500,
  secretKey: 128,
  /** 64 KB: room for a PEM key or a kubeconfig. */
  secretValue: 65_536,
  secretDescription: 500,
  apiKeyName: 100,
  snapshotName: 100,
  snapshotDescription: 1000,
  orchestratorInstanceId: 64,
  orchestratorDescription: 500,
  /** One value of an orchestrator's configuration (a job id, an image URI, a compute config). */
  orchestratorConfigValue: 2048,
  credentialsDescription: 500,
  /** One typed credential field (a key id, a region, an endpoint). */
  credentialField: 2000,
  /** The JSON-encoded credentials dict, a pasted .ini or key file included. */
  credentials: 65_536,
  /** One bucket, path or pattern the credentials apply to. */
  bucketPrefix: 1024,
} as const;

export type LimitedField = keyof typeof LIMITS;

/** The message a field shows, and a schema reports, when its text is over the limit. */
export function tooLongMessage(limit: number): string {
  return `Keep it to ${limit.toLocaleString('en-US')} characters or fewer`;
}

/**
 * Why the API refuses `value` for `field` (named as the API names it), or null when it fits.
 * The message never repeats the text that was sent.
 */
export function lengthProblem(field: string, value: string, limit: number): string | null {
  return value.length > limit
    ? `${field} has at most ${limit.toLocaleString('en-US')} characters (got ${value.length.toLocaleString('en-US')})`
    : null;
}
