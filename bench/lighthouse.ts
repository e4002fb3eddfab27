// Lighthouse in `npm run bench` (issue 14): desktop preset, signed in, each list page of the
// real build against the mock API's large seed, median of RUNS. Each run opens a fresh browser
// context (cold cache) whose tab has the connection in session storage before the measured
// navigation, which the user-flow API makes with storage reset off so the key stays.
import { startFlow } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
// puppeteer-core comes with lighthouse (its user-flow API drives a Puppeteer page).
import puppeteer, { type Browser } from 'puppeteer-core';

export const LIGHTHOUSE_PAGES = {
  users: '/users',
  groups: '/groups',
  datasets: '/datasets',
  plugins: '/plugins',
  secrets: '/secrets',
  snapshots: '/snapshots',
} as const;

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
}

type Median = (values: number[]) => number | null;

async function measureOnce(
  browser: Browser,
  url: string,
  apiKey: string,
): Promise<LighthouseScores> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument((key: string) => {
      sessionStorage.setItem('fo-console-connection', JSON.stringify({ apiUrl: '', apiKey: key }));
    }, apiKey);
    const flow = await startFlow(page, {
      config: {
        ...desktopConfig,
        settings: { ...desktopConfig.settings, onlyCategories: ['performance', 'accessibility'] },
      },
      flags: { disableStorageReset: true },
    });
    await flow.navigate(url);
    const result = await flow.createFlowResult();
    const lhr = result.steps[0]?.lhr;
    return {
      performance: lhr?.categories.performance?.score ?? null,
      accessibility: lhr?.categories.accessibility?.score ?? null,
      tbtMs: lhr?.audits['total-blocking-time']?.numericValue ?? null,
      lcpMs: lhr?.audits['largest-contentful-paint']?.numericValue ?? null,
    };
  } finally {
    await context.close();
  }
}

/** Each page's scores (and the B build's, in an A/B), the median of `runs` cold visits each. */
export async function measureLighthouse({
  web,
  webB,
  pages,
  apiKey,
  runs,
  chromium,
  median,
}: {
  web: string;
  /** An A/B's second build: measured in the same run, its visits alternating with A's. */
  webB?: string;
  /** Which of LIGHTHOUSE_PAGES to measure (all of them by default). */
  pages?: (name: string) => boolean;
  apiKey: string;
  runs: number;
  chromium: string;
  median: Median;
}): Promise<{ a: Record<string, LighthouseScores>; b: Record<string, LighthouseScores> | null }> {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // As Playwright launches it: the machines that bench this run as root, without a sandbox.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const a: Record<string, LighthouseScores> = {};
  const b: Record<string, LighthouseScores> = {};
  const summary = (each: LighthouseScores[]): LighthouseScores => {
    const of = (key: keyof LighthouseScores) =>
      median(each.flatMap((s) => (s[key] === null ? [] : [s[key]])));
    return {
      performance: of('performance'),
      accessibility: of('accessibility'),
      tbtMs: of('tbtMs'),
      lcpMs: of('lcpMs'),
    };
  };
  try {
    for (const [name, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      if (pages && !pages(name)) continue;
      console.log(`Lighthouse: ${name}…`);
      const eachA: LighthouseScores[] = [];
      const eachB: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) {
        eachA.push(await measureOnce(browser, `${web}${path}`, apiKey));
        if (webB) eachB.push(await measureOnce(browser, `${webB}${path}`, apiKey));
      }
      a[name] = summary(eachA);
      if (webB) b[name] = summary(eachB);
    }
  } finally {
    await browser.close();
  }
  return { a, b: webB ? b : null };
}
