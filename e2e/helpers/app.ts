import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { PERSONAS } from '../../mocks/engine/personas.ts';
import { SLOW_DELAY_MS, type ScenarioName } from '../../mocks/engine/scenarios.ts';

// The shell, personas, the mock's hooks, accessibility and the console-error guard: what every
// spec shares. Selectors for one area live in that area's helper (users.ts).

/** A console.error or uncaught exception a test expects, e.g. the 401s of a revoked key. */
export interface ConsoleErrors {
  /** Messages seen so far (console.error text and uncaught exceptions). */
  readonly messages: readonly string[];
  /** Ignore console errors matching `pattern` for the rest of the test. */
  allow(pattern: RegExp): void;
}

/**
 * Every spec imports `test` from here: it fails a test whose page throws an uncaught exception
 * or logs console.error, unless the test allowed that message.
 */
export const test = base.extend<{ consoleErrors: ConsoleErrors }>({
  consoleErrors: [
    async ({ page }, use) => {
      const messages: string[] = [];
      const allowed: RegExp[] = [];
      page.on('pageerror', (error) => {
        messages.push(`pageerror: ${error.stack ?? error.message}`);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const location = message.location();
        messages.push(`console.error: ${message.text()} (${location.url}:${location.lineNumber})`);
      });
      await use({
        messages,
        allow: (pattern) => {
          allowed.push(pattern);
        },
      });
      const unexpected = messages.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, 'the page logged errors or threw').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The top bar's "who you are" block (name, then "Role · e-mail"). */
export function signedInAs(page: Page): Locator {
  return page.getByLabel('Signed in as');
}

/** The shell's navigation drawer. */
export function areasNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Areas' });
}

/** Opens the console at a hash route (e.g. `/users`) and waits until it knows who you are. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(`/#${path}`);
  await expect(signedInAs(page)).toBeVisible();
}

/** A demo persona (mocks/engine/personas.ts): name, e-mail, role and fixed API key. */
export function persona(id: 'admin' | 'manager' | 'member' | 'collaborator') {
  const found = PERSONAS.find((p) => p.id === id);
  if (!found) throw new Error(`personas.ts has no ${id} persona`);
  return found;
}

/** The demo's persona dialog. */
export function personaDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Demo: choose who you are' });
}

/**
 * Switches the demo persona through the top bar, e.g. `Member: Milo Okafor`, and waits until
 * the top bar shows that person.
 */
export async function switchPersona(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Switch persona' }).click();
  await choosePersona(page, label);
}

/** Picks a persona in the already open persona dialog. */
export async function choosePersona(page: Page, label: string): Promise<void> {
  const dialog = personaDialog(page);
  await dialog.getByRole('list', { name: 'Personas' }).getByRole('button', { name: label }).click();
  await expect(dialog).toBeHidden();
  const name = label.slice(label.indexOf(':') + 1).trim();
  await expect(signedInAs(page)).toContainText(name);
}

/**
 * How long to wait for what follows an answer the mock holds back (its 'slow' scenario): the held
 * time on top of the suite's usual 15 s.
 */
export const HELD_ANSWER_TIMEOUT = SLOW_DELAY_MS + 15_000;

/** Switches one of the mock's named failure scenarios on (null: a healthy server again). */
export async function setMockScenario(page: Page, name: ScenarioName | null): Promise<void> {
  await page.evaluate((scenario) => {
    if (!window.__foMock) throw new Error('The demo mock is not running (window.__foMock)');
    window.__foMock.setScenario(scenario);
  }, name);
}

/**
 * Serve the published server's schema (no [ext] fields) from the next load on, and reload: the
 * console asks once per connection what the server offers.
 */
export async function useMockSchema(page: Page, mode: 'full' | 'published'): Promise<void> {
  await page.evaluate((schema) => {
    if (!window.__foMock) throw new Error('The demo mock is not running (window.__foMock)');
    window.__foMock.setSchemaMode(schema);
  }, mode);
  await page.reload();
  await expect(signedInAs(page)).toBeVisible();
}

/** What `POST /graphql/v1` answers, as a script or the SDK would call it (the service worker serves it). */
export interface GraphQLAnswer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    message?: string;
  };
}

export async function graphqlAs(page: Page, apiKey: string, query: string): Promise<GraphQLAnswer> {
  return page.evaluate(
    async ({ key, document }) => {
      const response = await fetch('/graphql/v1', {
        method: 'POST',
        headers: { 'X-API-Key': key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: document }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLAnswer['body'] };
    },
    { key: apiKey, document: query },
  );
}

/**
 * Runs axe (WCAG 2.0–2.2 A/AA and best practices) on the page as it is, and fails on any
 * serious or critical violation, naming each rule and the elements it flagged.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await animationsSettled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const problems: string[] = [];
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      const line = `[${violation.impact}] ${violation.id} (${violation.help}) at ${target}: ${
        node.failureSummary?.replace(/\s+/g, ' ') ?? ''
      }`;
      problems.push(line);
    }
  }
  expect(problems, `serious accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Waits for the page's finite animations and transitions (a dialog fading in, a menu fading
 * out) to end, so that colours are measured at full opacity. Endless ones (spinners) are skipped.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}
