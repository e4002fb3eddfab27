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

/** Every page's scores, the median of `runs` cold visits each. */
export async function measureLighthouse({
  web,
  apiKey,
  runs,
  chromium,
  median,
}: {
  web: string;
  apiKey: string;
  runs: number;
  chromium: string;
  median: Median;
}): Promise<Record<string, LighthouseScores>> {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // As Playwright launches it: the machines that bench this run as root, without a sandbox.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const scores: Record<string, LighthouseScores> = {};
  try {
    for (const [name, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      console.log(`Lighthouse: ${name}…`);
      const each: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) {
        each.push(await measureOnce(browser, `${web}${path}`, apiKey));
      }
      const of = (key: keyof LighthouseScores) =>
        median(each.flatMap((s) => (s[key] === null ? [] : [s[key]])));
      scores[name] = {
        performance: of('performance'),
        accessibility: of('accessibility'),
        tbtMs: of('tbtMs'),
        lcpMs: of('lcpMs'),
      };
    }
  } finally {
    await browser.close();
  }
  return scores;
}
