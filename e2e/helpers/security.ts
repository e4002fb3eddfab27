import type { Page, Response } from '@playwright/test';
import { expect } from './app.ts';

// What issue 7's security checks look at: Content-Security-Policy violations, the security
// headers, where API keys travel (URLs, console, storage) and how GraphQL is sent.

/** One `securitypolicyviolation` event, as the page saw it. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    /** Bound by watchSecurity(): reports each CSP violation to the test. */
    __foReportCspViolation?: (violation: CspViolation) => Promise<void>;
  }
}

export interface SecurityWatch {
  /** Every request the browser context sent (pages and their fetches). */
  readonly requests: readonly { url: string; method: string }[];
  /** Every URL the main frame showed (navigations, history pushes, hash changes). */
  readonly pageUrls: readonly string[];
  /** Every console message of any level, as `type: text`. */
  readonly consoleLines: readonly string[];
  /** Every CSP violation of every document the page loaded. */
  readonly violations: readonly CspViolation[];
}

/**
 * Starts watching before the page's first script runs: a listener for `securitypolicyviolation`
 * on every document (reported through a binding, so a reload loses none), requests, URLs and
 * console messages. Call it before the first `page.goto`.
 */
export async function watchSecurity(page: Page): Promise<SecurityWatch> {
  const requests: { url: string; method: string }[] = [];
  const pageUrls: string[] = [];
  const consoleLines: string[] = [];
  const violations: CspViolation[] = [];
  await page.exposeFunction('__foReportCspViolation', (violation: CspViolation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void window.__foReportCspViolation?.({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${String(event.lineNumber)}`,
      });
    });
  });
  page.context().on('request', (request) => {
    requests.push({ url: request.url(), method: request.method() });
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) pageUrls.push(frame.url());
  });
  page.on('console', (message) => {
    consoleLines.push(`${message.type()}: ${message.text()}`);
  });
  return { requests, pageUrls, consoleLines, violations };
}

/** No CSP violation was reported, and the console has no CSP refusal either. */
export function expectNoCspViolation(watch: SecurityWatch): void {
  expect(watch.violations, 'Content-Security-Policy violations').toEqual([]);
  expect(
    watch.consoleLines.filter((line) => /Content[ -]Security[ -]Policy/i.test(line)),
    'console messages about the Content-Security-Policy',
  ).toEqual([]);
}

/** The directives of a Content-Security-Policy header: name → sources. */
export function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The document response carries the CSP issue 7 asks for, and the other security headers. */
export async function expectSecurityHeaders(response: Response | null): Promise<void> {
  expect(response, 'the document response').not.toBeNull();
  if (!response) return;
  const headers = await response.allHeaders();
  const csp = headers['content-security-policy'];
  expect(csp, 'a Content-Security-Policy header').toBeDefined();
  const directives = parseCsp(csp ?? '');
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  // 'self': the real build's <base href> (its base path) works; an injected one elsewhere does not.
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

/** No request URL and no page URL carries any of the keys (raw or URL-encoded). */
export function expectNoKeyInUrls(watch: SecurityWatch, keys: readonly string[]): void {
  expect(watch.requests.length, 'requests were recorded').toBeGreaterThan(0);
  const urls = [...watch.requests.map((r) => r.url), ...watch.pageUrls];
  for (const key of keys) {
    const forms = [key, encodeURIComponent(key)];
    expect(
      urls.filter((url) => forms.some((form) => url.includes(form))),
      'URLs that carry an API key',
    ).toEqual([]);
  }
}

/** No console message of any level carries any of the keys. */
export function expectNoKeyInConsole(watch: SecurityWatch, keys: readonly string[]): void {
  expect(
    watch.consoleLines.filter((line) => keys.some((key) => line.includes(key))),
    'console messages that carry an API key',
  ).toEqual([]);
}

/** Every request to the GraphQL endpoint was a POST (none may put a query in a URL). */
export function expectGraphQLOnlyByPost(watch: SecurityWatch): void {
  const graphql = watch.requests.filter((r) => new URL(r.url).pathname.endsWith('/graphql/v1'));
  expect(graphql.length, 'GraphQL requests were sent').toBeGreaterThan(0);
  expect(graphql.filter((r) => r.method !== 'POST')).toEqual([]);
}

/** Where a key may be stored in the browser: cookies, localStorage, IndexedDB, Cache Storage. */
interface StoredState {
  session: string[];
  local: string[];
  documentCookie: string;
  indexedDbNames: string[];
  cacheNames: string[];
}

async function storedState(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    const entries = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const name = storage.key(index) ?? '';
        return `${name}=${storage.getItem(name) ?? ''}`;
      });
    const databases = await indexedDB.databases();
    return {
      session: entries(sessionStorage),
      local: entries(localStorage),
      documentCookie: document.cookie,
      indexedDbNames: databases.map((db) => db.name ?? ''),
      cacheNames: 'caches' in window ? await caches.keys() : [],
    };
  });
}

/**
 * None of `keys` is in localStorage, a cookie, an IndexedDB database (its name or, through
 * Playwright's storage state, its records) or Cache Storage; `inSession` (the key in use) is
 * in sessionStorage, where the console keeps it for the tab.
 */
export async function expectKeysOnlyInSessionStorage(
  page: Page,
  keys: readonly string[],
  inSession: string,
): Promise<void> {
  const state = await storedState(page);
  const holding = (values: readonly string[]) =>
    values.filter((value) => keys.some((key) => value.includes(key)));
  expect(holding(state.local), 'localStorage entries holding a key').toEqual([]);
  expect(holding([state.documentCookie]), 'document.cookie holding a key').toEqual([]);
  expect(holding(state.indexedDbNames), 'IndexedDB databases named after a key').toEqual([]);
  expect(holding(state.cacheNames), 'caches named after a key').toEqual([]);
  // Everything Playwright would persist of this context: cookies (HttpOnly ones too),
  // localStorage and IndexedDB records.
  const persisted = JSON.stringify(await page.context().storageState({ indexedDB: true }));
  expect(
    keys.filter((key) => persisted.includes(key)),
    'keys in cookies, localStorage or IndexedDB',
  ).toEqual([]);
  expect(
    state.session.some((entry) => entry.includes(inSession)),
    'the key in use is kept in sessionStorage',
  ).toBe(true);
}
