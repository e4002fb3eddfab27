import { describe, expect, it } from 'vitest';
import { PAGES_IN_FLIGHT, readAllPages, type PageOf } from './read-pages.ts';

// Reading a whole paged list (the CSV exports): every row once, in the list's order, with a few
// page requests at once at most, progress as pages arrive, and Cancel or a failure asking for
// no more pages.

const ROWS = Array.from({ length: 23 }, (_, index) => `row ${String(index + 1)}`);
const PAGE_SIZE = 5;

/** A server holding ROWS, answering pages in a shuffled order, that records what it was asked. */
function server(options: { failOn?: number; missingFrom?: number } = {}) {
  const asked: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const pending: (() => void)[] = [];
  const readPage = (page: number): Promise<PageOf<string> | null> => {
    asked.push(page);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise((resolve, reject) => {
      pending.push(() => {
        inFlight -= 1;
        if (page === options.failOn) reject(new Error(`page ${String(page)} failed`));
        else if (options.missingFrom !== undefined && page >= options.missingFrom) resolve(null);
        else
          resolve({
            nodes: ROWS.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
            pageTotal: Math.ceil(ROWS.length / PAGE_SIZE),
            nodeTotal: ROWS.length,
          });
      });
      // The latest request is answered first: answers arrive out of order.
      queueMicrotask(() => pending.pop()?.());
    });
  };
  return { readPage, asked, maxInFlight: () => maxInFlight };
}

describe('reading every page of a list', () => {
  it('returns every row once, in order, with a few pages asked at once at most', async () => {
    const api = server();
    const progress: [number, number][] = [];
    const rows = await readAllPages(
      api.readPage,
      (done, total) => progress.push([done, total]),
      new AbortController().signal,
    );
    expect(rows).toEqual(ROWS);
    expect([...api.asked].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(api.maxInFlight()).toBeGreaterThan(1);
    expect(api.maxInFlight()).toBeLessThanOrEqual(PAGES_IN_FLIGHT);
    expect(progress[0]).toEqual([PAGE_SIZE, ROWS.length]);
    expect(progress.at(-1)).toEqual([ROWS.length, ROWS.length]);
    expect(progress.map(([done]) => done)).toEqual(
      [...progress.map(([done]) => done)].sort((a, b) => a - b),
    );
  });

  it('ends the list at the first page the server no longer has', async () => {
    const rows = await readAllPages(
      server({ missingFrom: 3 }).readPage,
      () => undefined,
      new AbortController().signal,
    );
    expect(rows).toEqual(ROWS.slice(0, 2 * PAGE_SIZE));
  });

  it('fails with the failed page’s error and asks for no page once one has failed', async () => {
    // Pages 2–4 are asked together and 4 is answered first: page 5 is never asked.
    const api = server({ failOn: 4 });
    await expect(
      readAllPages(api.readPage, () => undefined, new AbortController().signal),
    ).rejects.toThrow('page 4 failed');
    expect(api.asked).not.toContain(5);
  });

  it('stops asking once cancelled, with the cancel’s reason', async () => {
    const api = server();
    const abort = new AbortController();
    const reading = readAllPages(
      api.readPage,
      (done) => {
        if (done >= 2 * PAGE_SIZE) abort.abort(new Error('Cancelled'));
      },
      abort.signal,
    );
    await expect(reading).rejects.toThrow('Cancelled');
    expect(api.asked.length).toBeLessThan(5);
  });
});
