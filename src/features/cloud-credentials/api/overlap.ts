import { locationOf, type BucketLocation } from './buckets.ts';
import type { Provider } from './providers.ts';

// Two sets of credentials for one provider overlap when some media path falls under an entry of
// each: then which of them reads it is not obvious. Entries are prefixes (`bucket` covers all of
// it, `bucket/images/` what starts so) and may hold `*` (any text) and `?` (one character).

/** An entry as one pattern over `bucket/path`, covering everything that starts with it. */
function coverage(location: BucketLocation): string {
  return `${location.bucket}/${location.path}*`;
}

/** Whether two wildcard patterns (`*`, `?`) match at least one text in common. */
export function patternsIntersect(a: string, b: string): boolean {
  const memo = new Map<number, boolean>();
  const width = b.length + 1;
  const meet = (i: number, j: number): boolean => {
    const key = i * width + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (a[i] === '*') result = meet(i + 1, j) || (j < b.length && meet(i, j + 1));
    else if (b[j] === '*') result = meet(i, j + 1) || (i < a.length && meet(i + 1, j));
    else if (i === a.length || j === b.length) result = false;
    else result = (a[i] === b[j] || a[i] === '?' || b[j] === '?') && meet(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return meet(0, 0);
}

/** Whether some media path falls under both entries. */
export function entriesOverlap(provider: Provider, a: string, b: string): boolean {
  return patternsIntersect(coverage(locationOf(provider, a)), coverage(locationOf(provider, b)));
}

export interface CredentialSet {
  provider: Provider;
  prefixes: readonly string[];
}

/**
 * The stored sets of the provider whose buckets overlap the new ones, other than the set with
 * exactly these buckets (saving replaces that one). The provider's default set (no buckets)
 * overlaps nothing: it only serves buckets that no other set names.
 */
export function overlappingSets<T extends CredentialSet>(
  stored: readonly T[],
  provider: Provider,
  prefixes: readonly string[],
): { set: T; shared: string[] }[] {
  const mine = new Set(prefixes);
  return stored
    .filter((set) => set.provider === provider && set.prefixes.length > 0)
    .filter((set) => !(set.prefixes.length === mine.size && set.prefixes.every((p) => mine.has(p))))
    .map((set) => ({
      set,
      shared: set.prefixes.filter((theirs) =>
        prefixes.some((ours) => entriesOverlap(provider, ours, theirs)),
      ),
    }))
    .filter(({ shared }) => shared.length > 0);
}
