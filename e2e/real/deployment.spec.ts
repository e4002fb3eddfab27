import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { areasNav, expect, persona, signedInAs, test } from '../helpers/app.ts';
import { groupLink } from '../helpers/groups.ts';
import {
  chooseZip,
  manifestOf,
  openInstallDialog,
  pluginHeading,
  writeFile,
  type PluginFixture,
} from '../helpers/plugins.ts';
import { parseCsp } from '../helpers/security.ts';
import { paths } from '../helpers/users.ts';
import { connectDialog, connectWith } from './connect.ts';
import { resetMockApi } from './mock-api.ts';
import { BASE_PATH, consolePath, HOST_URL, REAL_URL } from './servers.ts';

// The console as deploy/ ships it: Debian's nginx from the same template as the container, the
// console under a sub-path (/admin/) of a host whose root routes the API's paths to the API, as
// FiftyOne Enterprise's own path-routing deployment does.

const ADMIN = persona('admin');

test.beforeEach(async ({ request }) => {
  await resetMockApi(request);
});

test('index.html and hashed assets carry the security and caching headers; deep links get the app', async ({
  request,
}) => {
  // A deep link nobody has visited yet: nginx answers with the app, not a 404.
  const index = await request.get(`${HOST_URL}${consolePath(paths.users.detail('no-such-id'))}`);
  expect(index.status()).toBe(200);
  const headers = index.headers();
  expect(headers['content-type']).toContain('text/html');
  expect(headers['cache-control']).toBe('no-cache');
  const csp = parseCsp(headers['content-security-policy'] ?? '');
  // The API is proxied on this origin: the page may call nothing else.
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const html = await index.text();
  expect(html, 'the base path reaches the page').toContain(`<base href="${BASE_PATH}">`);

  // The entry script, relative to that base, served from its .gz copy and cached for good.
  const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'the entry script in index.html').toBeDefined();
  const asset = await request.get(`${REAL_URL}${script ?? ''}`, {
    headers: { 'Accept-Encoding': 'gzip' },
  });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['content-type']).toMatch(/javascript/);
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');

  // A missing asset is a 404 nobody caches, not index.html served as a script.
  const missing = await request.get(`${REAL_URL}assets/no-such-chunk.js`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBeUndefined();

  if (BASE_PATH !== '/') {
    // The sub-path without its slash leads to the console; the host's other paths are not it.
    const bare = await request.get(`${HOST_URL}${consolePath('')}`, { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toBe(BASE_PATH);
    expect((await request.get(`${HOST_URL}${paths.users.list()}`)).status()).toBe(404);
  }
});

test('the API routes at the host root reach the API; unknown paths under them are not the app', async ({
  request,
}) => {
  const health = await request.get(`${HOST_URL}/health`);
  expect(health.status()).toBe(200);
  expect(health.headers()['content-type']).toContain('application/json');

  const viewer = await request.post(`${HOST_URL}/graphql/v1`, {
    headers: { 'X-API-Key': ADMIN.apiKey },
    data: { query: '{ viewer { email } }' },
  });
  expect(await viewer.json()).toEqual({ data: { viewer: { email: ADMIN.email } } });

  for (const path of ['/graphql/v1/no-such-endpoint', '/file/no-such-token']) {
    const response = await request.get(`${HOST_URL}${path}`, {
      headers: { 'X-API-Key': ADMIN.apiKey },
    });
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.headers()['content-type'], path).not.toContain('text/html');
    expect(await response.text(), path).not.toContain('<div id="root">');
  }
});

test('signed in under the sub-path, every area renders and a deep link survives a reload', async ({
  page,
}) => {
  await page.goto(BASE_PATH);
  await connectWith(page, ADMIN.apiKey);
  await expect(signedInAs(page)).toContainText(ADMIN.name);
  // The start page sends an admin to Users, under the sub-path.
  await expect(page).toHaveURL(`${HOST_URL}${consolePath(paths.users.list())}`);

  const areas = [
    ['Users', paths.users.list()],
    ['Groups', paths.groups.list()],
    ['Datasets', paths.datasets.list()],
    ['Plugins', paths.plugins.list()],
    ['Secrets', paths.secrets.list()],
    ['Snapshots', paths.snapshots.list()],
    ['Orchestrators', paths.orchestrators.list()],
    ['Settings', paths.settings.root()],
  ] as const;
  for (const [label, route] of areas) {
    await areasNav(page).getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`^${HOST_URL}${consolePath(route)}(/|$)`));
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /failed/i })).toHaveCount(0);
  }

  // A deep link, reloaded: nginx answers with the app, which routes it under the sub-path.
  await areasNav(page).getByRole('link', { name: 'Groups' }).click();
  await groupLink(page, 'External Labelers').click();
  await expect(page.getByRole('heading', { level: 1, name: 'External Labelers' })).toBeVisible();
  const deepLink = page.url();
  expect(new URL(deepLink).pathname.startsWith(consolePath(paths.groups.list()))).toBe(true);
  await page.reload();
  await expect(page).toHaveURL(deepLink);
  await expect(page.getByRole('heading', { level: 1, name: 'External Labelers' })).toBeVisible();
  await expect(signedInAs(page)).toContainText(ADMIN.name);
});

test("a deep link under the sub-path asks for its page's code beside the framework, not after it", async ({
  page,
}) => {
  await page.goto(BASE_PATH);
  await connectWith(page, ADMIN.apiKey);
  await expect(signedInAs(page)).toContainText(ADMIN.name);

  // The framework's chunk is held back until the invitations page's code has been asked for (or
  // 15 s have passed): only index.html's route preloader can ask for it that early, since the
  // router asks only once the framework has run. (Routing also turns the HTTP cache off.)
  const events: string[] = [];
  let pageAsked: (() => void) | undefined;
  const asked = new Promise<void>((resolve) => {
    pageAsked = resolve;
  });
  page.on('request', (request) => {
    if (/\/assets\/invitations-page-[\w-]+\.js$/.test(new URL(request.url()).pathname)) {
      events.push(
        `page code asked for at ${new URL(request.url()).pathname.split('/assets/')[0]}/`,
      );
      pageAsked?.();
    }
  });
  await page.route('**/assets/framework-*.js', async (route) => {
    await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    events.push('framework released');
    await route.continue();
  });
  await page.goto(consolePath(paths.users.invitations()));
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pending invitations' })).toBeVisible();
  expect(events.slice(0, 2)).toEqual([
    `page code asked for at ${BASE_PATH.replace(/\/+$/, '')}/`,
    'framework released',
  ]);
});

test('a 5 MB plugin zip uploads through the proxy and installs', async ({ page }) => {
  const plugin: PluginFixture = {
    name: '@e2e/large-model',
    version: '1.0.0',
    operators: ['infer'],
  };
  // 5 MB of incompressible weights, stored as they are: the request body really is 5 MB.
  const zip = zipSync({
    'large-model/fiftyone.yml': strToU8(manifestOf(plugin)),
    'large-model/__init__.py': strToU8('def register(p):\n    pass\n'),
    'large-model/weights.bin': [randomBytes(5 * 1024 * 1024), { level: 0 }],
  });
  const path = writeFile('large-model-1.0.0.zip', '');
  writeFileSync(path, zip);

  await page.goto(consolePath(paths.plugins.list()));
  await expect(connectDialog(page)).toBeVisible();
  await connectWith(page, ADMIN.apiKey);
  const dialog = await openInstallDialog(page);
  await chooseZip(dialog, path);

  const upload = page.waitForResponse(
    (response) => response.url() === `${HOST_URL}/file` && response.request().method() === 'POST',
  );
  await dialog.getByRole('button', { name: 'Install', exact: true }).click();
  const response = await upload;
  expect(response.status()).toBe(200);
  const sent = Number((await response.request().allHeaders())['content-length'] ?? 0);
  expect(sent, 'bytes nginx let through').toBeGreaterThan(5 * 1024 * 1024);
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Installed @e2e/large-model 1.0.0.')).toBeVisible();
  await expect(pluginHeading(page, '@e2e/large-model')).toBeVisible();
});
