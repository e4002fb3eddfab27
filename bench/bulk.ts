import type { BrowserContext } from '@playwright/test';

// The users CSV export of the whole large organization (10,000 people, read 500 a page):
// time from the click to the saved file, and the page's heap once it is saved.

export interface UsersCsvExportMeasure {
  rows: number;
  exportMs: number;
  heapAfterMB: number;
}

/** Runs in `context` (signed in as an admin) against the console at `web`; closes the context. */
export async function measureUsersCsvExport(
  context: BrowserContext,
  web: string,
): Promise<UsersCsvExportMeasure> {
  try {
    const page = await context.newPage();
    await page.goto(`${web}/users`);
    const button = page.getByRole('button', { name: 'Export CSV' });
    await button.waitFor();
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      button.click(),
    ]);
    const path = await download.path();
    const exportMs = Date.now() - started;
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path, 'utf8');
    const rows = text.split('\r\n').filter(Boolean).length - 1;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { rows, exportMs, heapAfterMB: Math.round((usedSize / 1024 / 1024) * 10) / 10 };
  } finally {
    await context.close();
  }
}

// A bulk role change of 1,000 users on the large organization: ten pages of 100 ticked, then
// "Change role" → Collaborator → confirm. Measured: the time from the confirmation to
// "Finished", the most role-change requests in flight at once (the runner allows 3), the heap
// once it is over, and keystroke → next paint while it runs (target ≤ 50 ms). Collaborator is
// the role fewest of them have (the most requests); the licence's spare collaborator seats run
// out part-way, so the server refuses the rest, each refusal one ordinary request too.

export interface BulkRoleChangeMeasure {
  selected: number;
  sent: number;
  done: number;
  failed: number;
  totalMs: number;
  peakInFlight: number;
  heapAfterMB: number;
  keyToPaintMedianMs: number | null;
  keyToPaintMaxMs: number | null;
  keys: number;
}

const PAGES = 10;
const PAGE_SIZE = 100;
const PAGE_BOX = 'Select all users on this page';

function medianOf(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs in `context` (signed in as an admin) against the console at `web`; closes the context. */
export async function measureBulkRoleChange(
  context: BrowserContext,
  web: string,
): Promise<BulkRoleChangeMeasure> {
  try {
    const page = await context.newPage();
    await page.goto(`${web}/users?pageSize=${String(PAGE_SIZE)}`);
    const pageBox = page.getByRole('checkbox', { name: PAGE_BOX });
    await page.locator('[data-list-row]').first().waitFor();
    for (let n = 1; n <= PAGES; n += 1) {
      await pageBox.check();
      if (n === PAGES) break;
      await page.getByRole('button', { name: 'Go to next page' }).click();
      // The next page's rows have come when the page's box is clear again.
      await page.waitForFunction(
        (label) =>
          document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)?.checked ===
          false,
        PAGE_BOX,
      );
    }
    const bar = page.getByRole('region', { name: 'Selected users' });
    const selected = Number(
      ((await bar.getByRole('status').textContent()) ?? '').replace(/\D/g, ''),
    );
    await bar.getByRole('button', { name: 'Change role' }).click();
    const chooser = page.getByRole('dialog', { name: /^Change the role of/ });
    await chooser.getByRole('combobox', { name: 'New role' }).click();
    await page.getByRole('option', { name: /^Collaborator/ }).click();
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
    await chooser.getByRole('button', { name: 'Review the change' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make Collaborator' });
    const confirm = dialog.getByRole('button', { name: /^Make [\d,]+ users? Collaborator$/ });
    const sent = Number(((await confirm.textContent()) ?? '').replace(/\D/g, ''));

    // Requests in flight: the role changes only, from leaving to answered (or failed).
    let inFlight = 0;
    let peakInFlight = 0;
    const isRoleChange = (request: { method: () => string; postData: () => string | null }) =>
      request.method() === 'POST' && (request.postData() ?? '').includes('SetUserRole');
    page.on('request', (request) => {
      if (!isRoleChange(request)) return;
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
    });
    const answered = (request: Parameters<typeof isRoleChange>[0]) => {
      if (isRoleChange(request)) inFlight -= 1;
    };
    page.on('requestfinished', answered);
    page.on('requestfailed', answered);
    // Each key records the time to the next paint.
    await page.evaluate(() => {
      const w = window as unknown as { __paints?: number[] };
      w.__paints = [];
      document.addEventListener(
        'keydown',
        () => {
          const at = performance.now();
          requestAnimationFrame(() =>
            setTimeout(() => w.__paints?.push(performance.now() - at), 0),
          );
        },
        true,
      );
    });

    const status = dialog.getByRole('status');
    const started = Date.now();
    await confirm.click();
    let text = '';
    // Keys while it runs: a key the dialog ignores, so the run is never interrupted.
    for (let key = 0; ; key += 1) {
      text = (await status.textContent()) ?? '';
      if (process.env.BENCH_VERBOSE && key % 25 === 0) console.log(text.slice(0, 80));
      if (text.startsWith('Finished')) break;
      await page.keyboard.press('Shift');
      await page.waitForTimeout(80);
    }
    const totalMs = Date.now() - started;
    const count = (label: string) =>
      Number(new RegExp(`([\\d,]+) ${label}`).exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
    const paints = await page.evaluate(
      () => (window as unknown as { __paints?: number[] }).__paints ?? [],
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return {
      selected,
      sent,
      done: count('done'),
      failed: count('failed'),
      totalMs,
      peakInFlight,
      heapAfterMB: Math.round((usedSize / 1024 / 1024) * 10) / 10,
      keyToPaintMedianMs: medianOf(paints),
      keyToPaintMaxMs: paints.length ? Math.max(...paints) : null,
      keys: paints.length,
    };
  } finally {
    await context.close();
  }
}
