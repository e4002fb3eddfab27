import { fail } from '../errors.ts';

// `StringFilter` and the `<Enum>ComparisonFilter` inputs. Every given condition must hold.

export interface StringFilter {
  in?: readonly string[] | null;
  eq?: string | null;
  ne?: string | null;
  regexp?: string | null;
}

export function matchesStringFilter(
  value: string,
  filter: StringFilter | null | undefined,
): boolean {
  if (!filter) return true;
  if (filter.in && !filter.in.includes(value)) return false;
  if (filter.eq != null && value !== filter.eq) return false;
  if (filter.ne != null && value === filter.ne) return false;
  if (filter.regexp != null && !toRegExp(filter.regexp).test(value)) return false;
  return true;
}

function toRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    return fail('BAD_USER_INPUT', `Invalid regular expression in filter: ${pattern}`);
  }
}

export interface ComparisonFilter<V extends string> {
  eq?: V | null;
  ne?: V | null;
  ge?: V | null;
  gt?: V | null;
  le?: V | null;
  lt?: V | null;
  in?: readonly V[] | null;
}

/** Compares enum values by their position in `order` (ascending privilege for permissions). */
export function matchesComparison<V extends string>(
  value: V,
  filter: ComparisonFilter<V> | null | undefined,
  order: readonly V[],
): boolean {
  if (!filter) return true;
  const rank = (v: V): number => order.indexOf(v);
  const r = rank(value);
  if (filter.eq != null && value !== filter.eq) return false;
  if (filter.ne != null && value === filter.ne) return false;
  if (filter.ge != null && r < rank(filter.ge)) return false;
  if (filter.gt != null && r <= rank(filter.gt)) return false;
  if (filter.le != null && r > rank(filter.le)) return false;
  if (filter.lt != null && r >= rank(filter.lt)) return false;
  if (filter.in && !filter.in.includes(value)) return false;
  return true;
}
