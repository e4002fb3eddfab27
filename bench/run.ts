// `npm run bench`: the project's speed, size and memory numbers (issue 7). A benchmark, not a
// test: it measures and reports; the budgets are read from its output.
//
// 1. Builds the real-deployment bundle and measures it (gzip bytes of the entry page's
//    JavaScript, the largest chunk, each route's chunk, mock code in the real build).
// 2. Starts the HTTP mock API on the `large` seed, serves the built console with `vite preview`
//    proxied to it, and drives headless Chromium as the admin persona: first data row per list
//    page, GraphQL requests per page view and on coming back, users search latency, JS heap.
// 3. Measures a framework-free baseline page that fetches the same first page of users, and two
//    floor pages that draw the same rows with the console's stack and nothing else (bench/floor/:
//    React alone; React and MUI with the console's theme), for what no page on that stack can beat.
// 4. Lighthouse (bench/lighthouse.ts): desktop preset, signed in, median performance,
//    accessibility, TBT and LCP of users, groups, datasets, plugins, secrets and snapshots.
// 5. A/B: with BENCH_AB=NAME=value, builds a second bundle with that environment variable set
//    (in dist-b/; e.g. a build-time switch the code reads as import.meta.env.NAME) and measures
//    both builds in the same run, alternating (Lighthouse too), for ratios (issue 14 compared the lists on the
//    light table with the former Data Grid this way, VITE_TABLE=grid). With BENCH_AB_ROOT=<dir>
//    the second bundle is built from another checkout instead (e.g. `git archive main` unpacked
//    beside a link to this node_modules): a change compared with the tree before it.
// Writes bench/results.json and prints a table.
//
// Narrower runs: BENCH_PAGES=users,datasets (the list pages to measure), BENCH_RUNS=3,
// BENCH_EXTRAS=0 (no baseline, search, heap, CSV export, credentials page or bulk role change), BENCH_LIGHTHOUSE=0 (no Lighthouse: slow).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PERSONAS } from '../mocks/engine/personas.ts';
import { measureHygiene } from './hygiene.ts';
import { measureBulkRoleChange, measureUsersCsvExport } from './bulk.ts';
import { measureLighthouse, type LighthouseScores } from './lighthouse.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const DIST_B = join(ROOT, 'dist-b');
const [AB_NAME, AB_VALUE] = (process.env.BENCH_AB ?? '').split('=');
const AB_ROOT = process.env.BENCH_AB_ROOT;
const AB = Boolean((AB_NAME && AB_VALUE !== undefined) || AB_ROOT);
const AB_LABEL = AB_ROOT ? `the build of ${AB_ROOT}` : (process.env.BENCH_AB ?? '');
const EXTRAS = process.env.BENCH_EXTRAS !== '0';
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const API_PORT = Number(process.env.BENCH_API_PORT ?? 8790);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 4188);
const WEB = `http://127.0.0.1:${WEB_PORT}`;
const WEB_B = `http://127.0.0.1:${WEB_PORT + 1}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN_KEY = PERSONAS[0]?.apiKey ?? '';

const LIST_PAGES = {
  users: '/users',
  groups: '/groups',
  datasets: '/datasets',
  plugins: '/plugins',
  secrets: '/secrets',
  snapshots: '/snapshots',
  orchestrators: '/orchestrators',
} as const;
type PageName = keyof typeof LIST_PAGES;
const PAGE_NAMES = (Object.keys(LIST_PAGES) as PageName[]).filter(
  (name) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes(name),
);

// The first data row of a list: a list table's row (not its skeleton or "no rows" line), a
// Data Grid row (a build from before issue 14, in an A/B), or the baseline's row.
const FIRST_ROW = '[data-list-row], .MuiDataGrid-row, [data-bench-row]';

// Strings only mock code carries (MSW, the engine, the seed).
const MOCK_MARKERS = [
  'mockServiceWorker',
  'setupWorker',
  '__foMock',
  'is not implemented in the mock API',
  'fo-demo-admin',
  'ada.admin@acme.ai',
];

function median(values: number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

function measureBuild(dist = DIST, env: Record<string, string> = {}, root = ROOT) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const assets = join(dist, 'assets');
  const jsFiles = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/(?:src|href)="\.?\/assets\/([^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const initialJsGzipBytes = entryFiles.reduce((sum, f) => sum + gzipBytes(join(assets, f)), 0);
  const sizes = Object.fromEntries(jsFiles.map((f) => [f, gzipBytes(join(assets, f))]));
  const largest = Object.entries(sizes).sort((a, b) => b[1] - a[1])[0];

  // A route's chunk plus the chunks only it pulls in statically (not already on the entry page).
  const importsOf = (file: string) =>
    [
      ...readFileSync(join(assets, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g),
    ].map((m) => m[1] ?? '');
  const initial = new Set(entryFiles);
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file) || initial.has(file)) return seen;
    seen.add(file);
    for (const dep of importsOf(file)) closure(dep, seen);
    return seen;
  };
  const routeChunks: Record<
    string,
    { file: string; gzipBytes: number; withDepsGzipBytes: number }
  > = {};
  for (const file of jsFiles.filter((f) => /-page-[\w-]+\.js$/.test(f))) {
    const name = file.replace(/-[\w-]{8}\.js$/, '');
    const deps = closure(file);
    routeChunks[name] = {
      file,
      gzipBytes: sizes[file] ?? 0,
      withDepsGzipBytes: [...deps].reduce((sum, f) => sum + (sizes[f] ?? 0), 0),
    };
  }

  let mockBytesInRealBuild = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (MOCK_MARKERS.some((marker) => readFileSync(full, 'utf8').includes(marker))) {
        mockBytesInRealBuild += statSync(full).size;
      }
    }
  };
  walk(dist);
  return {
    initialJsGzipBytes,
    // The document itself: it carries the route preloader's table as JSON data (not script).
    indexHtmlGzipBytes: gzipBytes(join(dist, 'index.html')),
    entryFiles,
    largestChunkGzipBytes: largest?.[1] ?? 0,
    largestChunk: largest?.[0] ?? null,
    routeChunks,
    mockBytesInRealBuild,
  };
}

async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
      if (process.env.BENCH_VERBOSE) console.log(url, response.status);
    } catch (error) {
      // not up yet
      if (process.env.BENCH_VERBOSE)
        console.log(url, error instanceof Error ? (error.cause ?? error.message) : error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

// Each server runs in its own process group, so stopping it stops what it started too.
function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
): ChildProcess {
  return spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', process.env.BENCH_VERBOSE ? 'inherit' : 'ignore', 'inherit'],
    detached: true,
  });
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

async function assertFree(port: number): Promise<void> {
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (busy)
    throw new Error(
      `Port ${port} is already in use: stop what runs there, or set BENCH_API_PORT / BENCH_WEB_PORT.`,
    );
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  // Signed in as the admin persona: the key in session storage, as the console keeps it.
  await context.addInitScript((key: string) => {
    sessionStorage.setItem('fo-console-connection', JSON.stringify({ apiUrl: '', apiKey: key }));
  }, ADMIN_KEY);
  // Records when the first data row appears, from the navigation's start.
  await context.addInitScript((selector: string) => {
    const w = window as unknown as { __firstRowAt?: number };
    const check = () => {
      if (w.__firstRowAt === undefined && document.querySelector(selector)) {
        w.__firstRowAt = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  }, FIRST_ROW);
  // Records the main thread's long tasks (over 50 ms), from the navigation's start.
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks?: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  return context;
}

function countGraphql(page: Page): { count: () => number; reset: () => void } {
  let n = 0;
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().includes('/graphql/v1')) return;
    // The shell's request (who is signed in, what the server offers) is the session's, once per
    // connection, not a page view's.
    const body = request.postData() ?? '';
    if (/"operationName":"Viewer"|query Viewer\b/.test(body)) return;
    n += 1;
  });
  return { count: () => n, reset: () => (n = 0) };
}

async function firstRowMs(page: Page): Promise<number | null> {
  try {
    await page.waitForFunction(
      () => (window as unknown as { __firstRowAt?: number }).__firstRowAt !== undefined,
      null,
      {
        timeout: 15_000,
      },
    );
  } catch {
    return null;
  }
  return page.evaluate(() => (window as unknown as { __firstRowAt?: number }).__firstRowAt ?? null);
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/** When the first view's requests and scripts started and finished, from the navigation's start. */
async function timeline(page: Page) {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const graphql = entries.filter((e) => e.name.includes('/graphql/v1'));
    const scripts = entries.filter((e) => e.name.endsWith('.js'));
    return {
      requestStartMs: Math.min(...graphql.map((e) => e.startTime)),
      responseEndMs: Math.max(...graphql.map((e) => e.responseEnd)),
      scriptsLoadedMs: Math.max(...scripts.map((e) => e.responseEnd)),
    };
  });
}

/**
 * Up to the first row: the longest task (the first list render's, usually) and the time the main
 * thread was blocked (each long task's part over 50 ms, as Lighthouse's TBT counts it).
 */
async function longTasks(page: Page, until: number) {
  const tasks = await page.evaluate(
    () =>
      (window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks ??
      [],
  );
  const before = tasks.filter((task) => task.start <= until);
  return {
    longestTaskMs: Math.max(0, ...before.map((task) => task.duration)),
    blockingMs: before.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}

type PageRun = {
  firstRowMs: number | null;
  timeline: Awaited<ReturnType<typeof timeline>> | null;
  longestTaskMs: number | null;
  blockingMs: number | null;
  requests: number;
  backNavRequests: number;
};

/** One signed-in visit of a list page: its first row, long tasks, requests, and coming back. */
async function visitPage(browser: Browser, name: PageName, web: string): Promise<PageRun> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const graphql = countGraphql(page);
  await page.goto(`${web}${LIST_PAGES[name]}`);
  const t = await firstRowMs(page);
  const line = t === null ? null : await timeline(page);
  await settle(page);
  const tasks = t === null ? null : await longTasks(page, t);
  const requests = graphql.count();
  // Leave for another area and come back within 30 s, through the navigation.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  // Settings' own request starts once its code has loaded: wait for it before counting.
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await page.waitForTimeout(300);
  await settle(page);
  graphql.reset();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`^${name}$`, 'i') })
    .click();
  await page.waitForSelector(FIRST_ROW, { timeout: 10_000 }).catch(() => undefined);
  await settle(page);
  const backNavRequests = graphql.count();
  await context.close();
  return {
    firstRowMs: t,
    timeline: line,
    longestTaskMs: tasks?.longestTaskMs ?? null,
    blockingMs: tasks?.blockingMs ?? null,
    requests,
    backNavRequests,
  };
}

function summarize(runs: PageRun[]) {
  const timelines = runs.flatMap((run) => (run.timeline ? [run.timeline] : []));
  const medianOf = (key: keyof Awaited<ReturnType<typeof timeline>>) =>
    median(timelines.map((t) => t[key]));
  const ok = runs.filter((run) => run.firstRowMs !== null);
  return {
    firstRowMs: median(ok.map((run) => run.firstRowMs ?? NaN)),
    // Where the first row's time goes: the page's first request, and the last script it loaded.
    firstView: {
      requestStartMs: medianOf('requestStartMs'),
      responseEndMs: medianOf('responseEndMs'),
      scriptsLoadedMs: medianOf('scriptsLoadedMs'),
    },
    longestTaskMs: median(ok.map((run) => run.longestTaskMs ?? NaN)),
    blockingMs: median(ok.map((run) => run.blockingMs ?? NaN)),
    requests: median(runs.map((run) => run.requests)),
    backNavRequests: median(runs.map((run) => run.backNavRequests)),
    runs: ok.length,
  };
}

/** A list page RUNS times; with the A/B on, the B build's visit follows each one. */
async function measurePage(browser: Browser, name: PageName) {
  const a: PageRun[] = [];
  const b: PageRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    a.push(await visitPage(browser, name, WEB));
    if (AB) b.push(await visitPage(browser, name, WEB_B));
  }
  return { a: summarize(a), b: AB ? summarize(b) : null };
}

// The floor pages (bench/floor/): the baseline's rows drawn by React alone, and by React and MUI
// set up as the console sets them up, with nothing else. What the console's stack costs before
// any of the console's own code: the least first-row ratio any page built on it can reach.
const FLOORS = { react: 'bench-floor/react.html', mui: 'bench-floor/mui.html' } as const;
type Floor = keyof typeof FLOORS;

/** The baseline and the floor pages, their visits alternating. */
async function measureBaseline(browser: Browser) {
  const visits = { baseline: 'bench-baseline.html', ...FLOORS };
  const times = { baseline: [] as number[], react: [] as number[], mui: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, path] of Object.entries(visits) as [keyof typeof visits, string][]) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${WEB}/${path}`);
      const t = await firstRowMs(page);
      if (t !== null) times[name].push(t);
      await context.close();
    }
  }
  return {
    baseline: { firstRowMs: median(times.baseline) },
    floors: { react: median(times.react), mui: median(times.mui) } satisfies Record<
      Floor,
      number | null
    >,
  };
}

async function measureSearch(browser: Browser) {
  const paints: number[] = [];
  const rows: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${WEB}/users`);
    await page.waitForSelector(FIRST_ROW);
    await settle(page);
    const box = page.getByRole('searchbox', { name: 'Search users' });
    await box.focus();
    // Every key records the time to the next paint; the last one also the time to the new rows.
    await page.evaluate(() => {
      const w = window as unknown as { __keyAt?: number; __paints?: number[] };
      w.__paints = [];
      document.addEventListener(
        'keydown',
        () => {
          const at = performance.now();
          w.__keyAt = at;
          requestAnimationFrame(() =>
            setTimeout(() => w.__paints?.push(performance.now() - at), 0),
          );
        },
        true,
      );
    });
    await box.pressSequentially('whitfield', { delay: 60 });
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent.includes('Whitfield') === true,
      FIRST_ROW,
      { timeout: 10_000 },
    );
    const result = await page.evaluate(() => {
      const w = window as unknown as { __keyAt?: number; __paints?: number[] };
      return { rowsAfter: performance.now() - (w.__keyAt ?? 0), paints: w.__paints ?? [] };
    });
    const paint = median(result.paints);
    if (paint !== null) paints.push(paint);
    rows.push(result.rowsAfter);
    await context.close();
  }
  return { searchKeyToPaintMs: median(paints), searchKeyToRowsMs: median(rows) };
}

async function measureHeap(browser: Browser): Promise<number | null> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${WEB}/users`);
  await page.waitForSelector(FIRST_ROW).catch(() => undefined);
  for (const path of [...Object.values(LIST_PAGES), '/settings/api-keys']) {
    const label = path === '/settings/api-keys' ? 'Settings' : path.slice(1);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: new RegExp(`^${label}$`, 'i') })
      .click();
    await settle(page);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

function buildFloors() {
  const out = join(DIST, 'bench-floor');
  const args = ['vite', 'build', '--config', 'bench/floor/vite.config.ts', '--outDir', out];
  const build = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build of the floor pages failed');
}

async function main() {
  console.log('Building the real-deployment bundle…');
  const build = measureBuild();
  copyFileSync(join(ROOT, 'bench/baseline.html'), join(DIST, 'bench-baseline.html'));
  copyFileSync(join(ROOT, 'bench/baseline.js'), join(DIST, 'bench-baseline.js'));
  if (EXTRAS) buildFloors();
  if (AB) console.log(`Building it again: ${AB_LABEL} (A/B)…`);
  const bBuild = AB_ROOT
    ? measureBuild(DIST_B, {}, AB_ROOT)
    : AB && AB_NAME
      ? measureBuild(DIST_B, { [AB_NAME]: AB_VALUE ?? '' })
      : null;

  console.log('Starting the mock API (large seed) and the console…');
  await assertFree(API_PORT);
  await assertFree(WEB_PORT);
  if (AB) await assertFree(WEB_PORT + 1);
  const api = start('node', ['mocks/server.ts'], { PORT: String(API_PORT), SEED: 'large' });
  const preview = (port: number, dist: string, root = ROOT) =>
    start(
      'npx',
      [
        'vite',
        'preview',
        '--port',
        String(port),
        '--strictPort',
        '--host',
        '127.0.0.1',
        '--outDir',
        dist,
      ],
      { FIFTYONE_API_URI: `http://127.0.0.1:${API_PORT}` },
      root,
    );
  const servers = [
    api,
    preview(WEB_PORT, DIST),
    ...(AB ? [preview(WEB_PORT + 1, DIST_B, AB_ROOT ?? ROOT)] : []),
  ];
  let browser: Browser | null = null;
  try {
    await waitForHttp(`http://127.0.0.1:${API_PORT}/health`);
    await waitForHttp(WEB);
    if (AB) await waitForHttp(WEB_B);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update'],
    });
    const measured: Partial<Record<PageName, Awaited<ReturnType<typeof measurePage>>>> = {};
    for (const name of PAGE_NAMES) {
      console.log(`Measuring ${name}…`);
      measured[name] = await measurePage(browser, name);
    }
    const pages = Object.fromEntries(
      Object.entries(measured).map(([name, m]) => [name, m.a]),
    ) as Partial<Record<PageName, ReturnType<typeof summarize>>>;
    let baseline: { firstRowMs: number | null } = { firstRowMs: null };
    let floorMs: Record<Floor, number | null> = { react: null, mui: null };
    let search: { searchKeyToPaintMs: number | null; searchKeyToRowsMs: number | null } = {
      searchKeyToPaintMs: null,
      searchKeyToRowsMs: null,
    };
    let heapMB: number | null = null;
    if (EXTRAS) {
      console.log('Measuring the baseline, the search and the heap…');
      ({ baseline, floors: floorMs } = await measureBaseline(browser));
      search = await measureSearch(browser);
      heapMB = await measureHeap(browser);
    }
    let usersCsvExport: Awaited<ReturnType<typeof measureUsersCsvExport>> | null = null;
    let usersCsvExportB: Awaited<ReturnType<typeof measureUsersCsvExport>> | null = null;
    let hygiene: Awaited<ReturnType<typeof measureHygiene>> | null = null;
    if (EXTRAS) {
      console.log('Measuring the users CSV export and the credentials page…');
      usersCsvExport = await measureUsersCsvExport(await newContext(browser), WEB);
      if (AB) usersCsvExportB = await measureUsersCsvExport(await newContext(browser), WEB_B);
      hygiene = await measureHygiene(browser, { web: WEB, apiKey: ADMIN_KEY, runs: RUNS });
    }
    let bulkRoleChange: Awaited<ReturnType<typeof measureBulkRoleChange>> | null = null;
    if (EXTRAS) {
      // Last of the browser measures: it changes 1,000 users' roles in the API's store.
      console.log('Measuring a bulk role change of 1,000 users…');
      bulkRoleChange = await measureBulkRoleChange(await newContext(browser), WEB);
    }
    let lighthouse: Record<string, LighthouseScores> | null = null;
    let lighthouseB: Record<string, LighthouseScores> | null = null;
    if (LIGHTHOUSE) {
      // Its own browser (Puppeteer), after the others, so the two never share the machine.
      await browser.close();
      browser = null;
      const scores = await measureLighthouse({
        web: WEB,
        webB: AB ? WEB_B : undefined,
        pages: (name) => PAGE_NAMES.includes(name as PageName),
        apiKey: ADMIN_KEY,
        runs: RUNS,
        chromium: CHROMIUM,
        median,
      }).catch((error: unknown) => {
        // The other numbers still count: say what failed and write them.
        console.error('Lighthouse failed:', error);
        return null;
      });
      lighthouse = scores?.a ?? null;
      lighthouseB = scores?.b ?? null;
    }
    const ratio = (ms: number | null) =>
      ms !== null && baseline.firstRowMs
        ? Math.round((ms / baseline.firstRowMs) * 100) / 100
        : null;
    const firstRowRatios = Object.fromEntries(
      Object.entries(pages).map(([name, p]) => [name, ratio(p.firstRowMs)]),
    );
    const ab = bBuild
      ? {
          // The same run's B build (BENCH_AB): each page's numbers, and A ÷ B.
          env: AB_LABEL,
          b: {
            initialJsGzipBytes: bBuild.initialJsGzipBytes,
            routeChunks: bBuild.routeChunks,
            usersCsvExport: usersCsvExportB,
            pages: Object.fromEntries(Object.entries(measured).map(([name, m]) => [name, m.b])),
            ...(lighthouseB ? { lighthouse: lighthouseB } : {}),
            firstRowRatios: Object.fromEntries(
              Object.entries(measured).map(([name, m]) => [name, ratio(m.b?.firstRowMs ?? null)]),
            ),
          },
          aOverB: Object.fromEntries(
            Object.entries(measured).map(([name, m]) => {
              const per = (key: 'firstRowMs' | 'longestTaskMs' | 'blockingMs') => {
                const a = m.a[key];
                const b = m.b?.[key] ?? null;
                return a !== null && b ? Math.round((a / b) * 100) / 100 : null;
              };
              return [
                name,
                {
                  firstRowMs: per('firstRowMs'),
                  longestTaskMs: per('longestTaskMs'),
                  blockingMs: per('blockingMs'),
                },
              ];
            }),
          ),
        }
      : null;
    const usersFirstRow = pages.users?.firstRowMs ?? null;
    const results = {
      measuredAt: new Date().toISOString(),
      runs: RUNS,
      seed: 'large',
      initialJsGzipBytes: build.initialJsGzipBytes,
      indexHtmlGzipBytes: build.indexHtmlGzipBytes,
      largestChunkGzipBytes: build.largestChunkGzipBytes,
      largestChunk: build.largestChunk,
      routeChunks: build.routeChunks,
      mockBytesInRealBuild: build.mockBytesInRealBuild,
      heapMB,
      usersCsvExport,
      bulk: { roleChange: bulkRoleChange },
      ...search,
      pages,
      hygiene,
      baseline,
      floors: Object.fromEntries(
        Object.entries(floorMs).map(([name, ms]) => [name, { firstRowMs: ms, ratio: ratio(ms) }]),
      ) as Record<Floor, { firstRowMs: number | null; ratio: number | null }>,
      firstRowRatio: ratio(usersFirstRow),
      firstRowRatios,
      ...(lighthouse ? { lighthouse } : {}),
      ...(ab ? { ab } : {}),
    };
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    if (lighthouse) {
      for (const [name, l] of Object.entries(lighthouse)) {
        console.log(
          `Lighthouse ${name}: performance ${String(l.performance)}, accessibility ${String(l.accessibility)}, TBT ${String(Math.round(l.tbtMs ?? NaN))} ms, LCP ${String(Math.round(l.lcpMs ?? NaN))} ms   (budget ≥ 0.98, 1)`,
        );
        const b = lighthouseB?.[name];
        if (b) {
          console.log(
            `  vs ${AB_LABEL}: performance ${String(b.performance)}, accessibility ${String(b.accessibility)}, TBT ${String(Math.round(b.tbtMs ?? NaN))} ms, LCP ${String(Math.round(b.lcpMs ?? NaN))} ms`,
          );
        }
      }
    }
    if (ab) printAb(build.routeChunks, { ...results, ab });
  } finally {
    await browser?.close();
    for (const server of servers) stop(server);
  }
}

/** The A/B's lines: each page's first row, longest task and bundle, A vs B. */
function printAb(
  aChunks: Record<string, { withDepsGzipBytes: number }>,
  r: {
    initialJsGzipBytes: number;
    pages: Partial<Record<PageName, ReturnType<typeof summarize>>>;
    ab: {
      b: {
        initialJsGzipBytes: number;
        routeChunks: Record<string, { withDepsGzipBytes: number }>;
        pages: Record<string, ReturnType<typeof summarize> | null>;
      };
    };
  },
) {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (v: number | null | undefined) =>
    v === null || v === undefined ? 'n/a' : `${Math.round(v)} ms`;
  console.log(`\nA/B: this build vs ${AB_LABEL} (same run)`);
  console.log(`Initial JS: ${kb(r.initialJsGzipBytes)} vs ${kb(r.ab.b.initialJsGzipBytes)}`);
  for (const [name, a] of Object.entries(r.pages)) {
    const b = r.ab.b.pages[name];
    console.log(
      `${name}: first row ${ms(a.firstRowMs)} vs ${ms(b?.firstRowMs)}, longest task ${ms(a.longestTaskMs)} vs ${ms(b?.longestTaskMs)}, blocking ${ms(a.blockingMs)} vs ${ms(b?.blockingMs)}`,
    );
  }
  for (const [chunk, a] of Object.entries(aChunks)) {
    const b = Object.entries(r.ab.b.routeChunks).find(([name]) => name === chunk)?.[1];
    console.log(
      `Route ${chunk}: ${kb(a.withDepsGzipBytes)} vs ${b ? kb(b.withDepsGzipBytes) : 'n/a'}`,
    );
  }
}

function printTable(r: {
  initialJsGzipBytes: number;
  indexHtmlGzipBytes: number;
  largestChunkGzipBytes: number;
  largestChunk: string | null;
  routeChunks: Record<string, { gzipBytes: number; withDepsGzipBytes: number }>;
  mockBytesInRealBuild: number;
  heapMB: number | null;
  searchKeyToPaintMs: number | null;
  searchKeyToRowsMs: number | null;
  pages: Partial<
    Record<
      PageName,
      {
        firstRowMs: number | null;
        firstView: {
          requestStartMs: number | null;
          responseEndMs: number | null;
          scriptsLoadedMs: number | null;
        };
        requests: number | null;
        backNavRequests: number | null;
        longestTaskMs: number | null;
      }
    >
  >;
  baseline: { firstRowMs: number | null };
  floors: Record<Floor, { firstRowMs: number | null; ratio: number | null }>;
  firstRowRatio: number | null;
  firstRowRatios: Record<string, number | null>;
}) {
  // kB = 1000 bytes: the stricter reading of the budgets.
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} ms`);
  const rows: [string, string, string][] = [
    [
      'Initial JS (gzip)',
      `${kb(r.initialJsGzipBytes)} (${r.initialJsGzipBytes} bytes)`,
      '≤ 170 kB',
    ],
    ['index.html (gzip)', kb(r.indexHtmlGzipBytes), ''],
    ['Largest chunk (gzip)', `${kb(r.largestChunkGzipBytes)} ${r.largestChunk ?? ''}`, ''],
    ...Object.entries(r.routeChunks).map(([name, c]): [string, string, string] => [
      `Route ${name}`,
      `${kb(c.gzipBytes)} (with deps ${kb(c.withDepsGzipBytes)})`,
      '≤ 150 kB',
    ]),
    ['Mock code in real build', `${r.mockBytesInRealBuild} bytes`, '0'],
    ...Object.entries(r.pages).map(([name, p]): [string, string, string] => [
      `Page ${name}`,
      `first row ${ms(p.firstRowMs)}, longest task ${ms(p.longestTaskMs)} (data ${ms(p.firstView.requestStartMs)}–${ms(p.firstView.responseEndMs)}, scripts by ${ms(p.firstView.scriptsLoadedMs)}), ${p.requests ?? 'n/a'} req, back ${p.backNavRequests ?? 'n/a'} req`,
      '≤ 1 req, back 0',
    ]),
    ['Baseline first row', ms(r.baseline.firstRowMs), ''],
    ...(
      [
        ['react', 'React alone'],
        ['mui', "React + MUI, the console's theme"],
      ] as const
    ).map(([name, label]): [string, string, string] => {
      const floor = r.floors[name];
      const value = `${ms(floor.firstRowMs)}${floor.ratio === null ? '' : ` (${floor.ratio}× the baseline)`}`;
      return [`Floor: ${label}`, value, ''];
    }),
    ['Users / baseline', r.firstRowRatio === null ? 'n/a' : `${r.firstRowRatio}×`, '≤ 3×'],
    ...Object.entries(r.firstRowRatios).map(([name, ratio]): [string, string, string] => [
      `First row ${name} / baseline`,
      ratio === null ? 'n/a' : `${ratio}×`,
      '≤ 3×',
    ]),
    ['Search key → paint', ms(r.searchKeyToPaintMs), '≤ 50 ms'],
    ['Search key → rows', ms(r.searchKeyToRowsMs), '≤ 400 ms'],
    ['JS heap after every page', r.heapMB === null ? 'n/a' : `${r.heapMB} MB`, ''],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  for (const [label, value, budget] of rows) {
    console.log(`${label.padEnd(width)}  ${value}${budget ? `   (budget ${budget})` : ''}`);
  }
}

await main();
