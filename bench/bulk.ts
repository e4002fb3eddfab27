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
