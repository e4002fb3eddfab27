// Settings › Credentials on the large seed (10,000 people): how soon its first key rows show,
// how long until every person's keys are read, and how many requests a visit costs. Called by
// bench/run.ts with its browser and the console it serves.
import type { Browser, Page } from '@playwright/test';

const PATH = '/settings/credentials';
// A row of the page's API keys table: a data row (it has cells), not the header row.
const KEY_ROW = 'section[aria-labelledby="credentials-keys"] tbody tr:has(td)';

export interface HygieneMeasure {
  /** Median ms from the navigation's start to the first key row. */
  firstRowMs: number | null;
  /** Median ms until every page of people is read (the progress bar is gone). */
  allReadMs: number | null;
  /** GraphQL requests of one visit, without the session's (who is signed in, server features). */
  requests: number | null;
}

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function countRequests(page: Page): () => number {
  let n = 0;
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().includes('/graphql/v1')) return;
    const body = request.postData() ?? '';
    if (/query (Viewer|ServerFeatures)\b/.test(body)) return;
    n += 1;
  });
  return () => n;
}

async function since(page: Page, wait: () => Promise<unknown>): Promise<number | null> {
  try {
    await wait();
  } catch {
    return null;
  }
  return page.evaluate(() => performance.now());
}

export async function measureHygiene(
  browser: Browser,
  { web, apiKey, runs }: { web: string; apiKey: string; runs: number },
): Promise<HygieneMeasure> {
  const firstRows: number[] = [];
  const allRead: number[] = [];
  const requests: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript((key: string) => {
      sessionStorage.setItem('fo-console-connection', JSON.stringify({ apiUrl: '', apiKey: key }));
    }, apiKey);
    const page = await context.newPage();
    const count = countRequests(page);
    await page.goto(`${web}${PATH}`);
    const first = await since(page, () => page.waitForSelector(KEY_ROW, { timeout: 30_000 }));
    if (first !== null) firstRows.push(first);
    const read = await since(page, async () => {
      await page.getByRole('list', { name: 'Findings' }).waitFor({ timeout: 30_000 });
      await page.getByText(/Still reading people/).waitFor({ state: 'detached', timeout: 120_000 });
    });
    if (read !== null) allRead.push(read);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    requests.push(count());
    await context.close();
  }
  return {
    firstRowMs: median(firstRows),
    allReadMs: median(allRead),
    requests: median(requests),
  };
}
