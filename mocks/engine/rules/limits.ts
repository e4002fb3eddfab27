import { lengthProblem } from '../../../src/lib/limits.ts';
import { fail } from '../errors.ts';

// The console's text limits (src/lib/limits.ts), enforced by the API: a refusal names the field.

/** Refuses `value` (trimmed where the field is) when it is longer than `limit`. */
export function requireWithin(
  field: string,
  value: string | null | undefined,
  limit: number,
): void {
  const problem = lengthProblem(field, value ?? '', limit);
  if (problem) fail('BAD_USER_INPUT', problem);
}
