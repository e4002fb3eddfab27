import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesOverlap, overlappingSets, patternsIntersect } from './overlap.ts';

// Which stored credentials of a provider also cover the buckets, paths or patterns just chosen.

/** Brute force for short patterns over {a, b}: is there a common text of length ≤ 5? */
function bruteIntersect(a: string, b: string): boolean {
  const toRegex = (p: string) => new RegExp(`^${p.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  const [ra, rb] = [toRegex(a), toRegex(b)];
  const texts = [''];
  for (let n = 0; n < 5; n++) {
    for (const t of [...texts]) texts.push(`${t}a`, `${t}b`);
  }
  return [...new Set(texts)].some((t) => ra.test(t) && rb.test(t));
}

describe('credential overlap', () => {
  it('finds a common text of two wildcard patterns exactly when there is one', () => {
    const pattern = fc.stringMatching(/^[ab*?]{0,3}$/);
    fc.assert(
      fc.property(pattern, pattern, (a, b) => {
        expect(patternsIntersect(a, b)).toBe(bruteIntersect(a, b));
        expect(patternsIntersect(b, a)).toBe(patternsIntersect(a, b));
      }),
    );
  });

  it('treats each entry as covering everything under it', () => {
    expect(entriesOverlap('AWS', 'acme-raw-data', 's3://acme-raw-data/images/')).toBe(true);
    expect(entriesOverlap('AWS', 's3://acme/images/', 'acme/images/2024/a.jpg')).toBe(true);
    expect(entriesOverlap('AWS', 's3://acme/images/', 's3://acme/labels/')).toBe(false);
    expect(entriesOverlap('AWS', 'acme-*', 'acme-labels')).toBe(true);
    expect(entriesOverlap('AWS', 'acme-?', 'acme-labels')).toBe(false);
    // A bucket is not a prefix of a longer bucket name.
    expect(entriesOverlap('AWS', 'acme', 'acme-labels')).toBe(false);
    expect(entriesOverlap('AZURE', 'https://acct.blob.core.windows.net/scans/ct', 'scans')).toBe(
      true,
    );
  });

  it('names the other sets of the provider that share a bucket, not the default or this set', () => {
    const stored = [
      { provider: 'AWS' as const, prefixes: [] },
      { provider: 'AWS' as const, prefixes: ['acme-raw-data', 'acme-labels'] },
      { provider: 'AWS' as const, prefixes: ['archive-*'] },
      { provider: 'MINIO' as const, prefixes: ['acme-labels'] },
    ];
    expect(overlappingSets(stored, 'AWS', ['s3://acme-labels/2024/', 'fresh'])).toEqual([
      { set: stored[1], shared: ['acme-labels'] },
    ]);
    expect(overlappingSets(stored, 'AWS', ['archive-2023', 'acme-raw-data'])).toEqual([
      { set: stored[1], shared: ['acme-raw-data'] },
      { set: stored[2], shared: ['archive-*'] },
    ]);
    // The same set is replaced, not overlapped; a set of other buckets is fine.
    expect(overlappingSets(stored, 'AWS', ['acme-labels', 'acme-raw-data'])).toEqual([]);
    expect(overlappingSets(stored, 'AWS', ['other'])).toEqual([]);
    expect(overlappingSets(stored, 'AWS', [])).toEqual([]);
  });
});
