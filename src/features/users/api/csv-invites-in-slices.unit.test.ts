import { describe, expect, it } from 'vitest';
import { checkInviteRows, parseInviteCsv } from './csv-invites.ts';
import { checkInviteRowsInSlices, parseInviteCsvInSlices } from './csv-invites-in-slices.ts';

/** A file of `count` rows with a header, some rows bad, a few quoted with line breaks. */
function bigCsv(count: number): string {
  const lines = ['E-mail;Role;Groups'];
  for (let i = 0; i < count; i++) {
    if (i % 97 === 0) lines.push(`broken-${String(i)};Member;`);
    else if (i % 89 === 0) lines.push(`"quoted${String(i)}@example.com";Guest;"A\nB"`);
    else lines.push(`person${String(i)}@example.com;${i % 2 ? 'Member' : 'guest'};Research`);
  }
  return lines.join('\r\n');
}

const NOBODY = { members: new Map(), invited: new Set<string>(), seats: null };

describe('Parsing and checking a CSV in slices', () => {
  it('gives the same rows and verdicts as the one-go parse, reporting progress', async () => {
    const text = bigCsv(10_000);
    const parseProgress: number[] = [];
    const rows = await parseInviteCsvInSlices(
      text,
      (done) => parseProgress.push(done),
      new AbortController().signal,
    );
    expect(rows).toEqual(parseInviteCsv(text));
    expect(rows).toHaveLength(10_000);
    expect(parseProgress.length).toBeGreaterThan(2);
    expect(parseProgress.at(-1)).toBe(text.length);

    const checkProgress: number[] = [];
    const checks = await checkInviteRowsInSlices(
      rows,
      NOBODY,
      (done) => checkProgress.push(done),
      new AbortController().signal,
    );
    expect(checks).toEqual(checkInviteRows(rows, NOBODY));
    expect(checkProgress).toEqual([2000, 4000, 6000, 8000, 10_000]);
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    const parsing = parseInviteCsvInSlices(bigCsv(10_000), () => abort.abort(), abort.signal);
    await expect(parsing).rejects.toThrow();
  });
});
