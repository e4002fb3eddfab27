import type { APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { PERSONAS } from '../../mocks/engine/personas.ts';
import {
  areasNav,
  expect,
  expectNoSeriousA11yViolations,
  persona,
  signedInAs,
  test,
} from '../helpers/app.ts';
import { groupLink, groupsGrid } from '../helpers/groups.ts';
import {
  expectGraphQLOnlyByPost,
  expectKeysOnlyInSessionStorage,
  expectNoCspViolation,
  expectNoKeyInConsole,
  expectNoKeyInUrls,
  expectSecurityHeaders,
  watchSecurity,
} from '../helpers/security.ts';
import { paths, userRow } from '../helpers/users.ts';
import { connectDialog, connectWith } from './connect.ts';
import { resetMockApi } from './mock-api.ts';
import { API_URL, consolePath } from './servers.ts';

// The real-deployment build (no mock code) as deploy/'s nginx serves it under /admin/, with its
// Content-Security-Policy, proxied to the HTTP mock API: what an administrator deploying the
// console gets. Issue 7's security checks: no CSP violation, API keys only in this tab's session
// storage and the X-API-Key header, GraphQL only by POST, and a revoked key handled.

const ADMIN = persona('admin');
const EVERY_KEY = PERSONAS.map((p) => p.apiKey);

test.beforeEach(async ({ request }) => {
  await resetMockApi(request);
});

/** Calls the mock API directly, as a script or the SDK would, and reads `data` with `shape`. */
async function graphql<T>(
  request: APIRequestContext,
  apiKey: string,
  query: string,
  shape: z.ZodType<T>,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post(`${API_URL}/graphql/v1`, {
    headers: { 'X-API-Key': apiKey },
    data: { query, variables },
  });
  expect(response.status()).toBe(200);
  const body: unknown = await response.json();
  expect(body).not.toHaveProperty('errors');
  return z.object({ data: shape }).parse(body).data;
}

test('signed in with a key, Users and Groups run under the CSP and the key stays in this tab', async ({
  page,
}) => {
  const watch = await watchSecurity(page);
  await expectSecurityHeaders(await page.goto(consolePath(paths.users.list())));

  await expect(connectDialog(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await connectWith(page, ADMIN.apiKey);
  await expect(signedInAs(page)).toContainText('Ada Lovelace');
  await expect(userRow(page, 'Milo Okafor')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await areasNav(page).getByRole('link', { name: 'Groups' }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(groupLink(page, 'External Labelers')).toBeVisible();

  // A fresh document on a deep link: the same headers, and the tab still knows its key.
  await expectSecurityHeaders(await page.reload());
  await expect(groupsGrid(page)).toBeVisible();
  await expect(groupLink(page, 'External Labelers')).toBeVisible();
  await expect(signedInAs(page)).toContainText('Ada Lovelace');

  expectNoCspViolation(watch);
  expectNoKeyInUrls(watch, EVERY_KEY);
  expectNoKeyInConsole(watch, EVERY_KEY);
  expectGraphQLOnlyByPost(watch);
  await expectKeysOnlyInSessionStorage(page, EVERY_KEY, ADMIN.apiKey);
});

test('a key revoked mid-session is explained, and another key continues the session', async ({
  page,
  request,
  consoleErrors,
}) => {
  // The browser logs each refused request (HTTP 401) as a failed resource load.
  consoleErrors.allow(/status of 401/);
  const watch = await watchSecurity(page);
  await page.goto(consolePath(paths.users.list()));
  await connectWith(page, ADMIN.apiKey);
  await expect(userRow(page, 'Milo Okafor')).toBeVisible();

  // Elsewhere, Ada generates a new key and revokes every other one, this tab's included.
  const { generateApiKey: spare } = await graphql(
    request,
    ADMIN.apiKey,
    'mutation { generateApiKey(name: "laptop") { id key } }',
    z.object({ generateApiKey: z.object({ id: z.string(), key: z.string() }) }),
  );
  const { viewer } = await graphql(
    request,
    ADMIN.apiKey,
    '{ viewer { apiKeys { id } } }',
    z.object({ viewer: z.object({ apiKeys: z.array(z.object({ id: z.string() })) }) }),
  );
  const revoked = viewer.apiKeys.filter((key) => key.id !== spare.id);
  expect(revoked.length).toBeGreaterThan(0);
  for (const { id } of revoked) {
    await graphql(
      request,
      spare.key,
      'mutation ($id: String!) { removeApiKey(keyId: $id) }',
      z.object({ removeApiKey: z.null() }),
      { id },
    );
  }

  await areasNav(page).getByRole('link', { name: 'Groups' }).click();
  const dialog = connectDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Invalid API key: the key is unknown or has been revoked. Enter another API key to continue.',
  );
  await expect(areasNav(page)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await connectWith(page, spare.key);
  await expect(signedInAs(page)).toContainText('Ada Lovelace');
  await expect(groupLink(page, 'External Labelers')).toBeVisible();

  expectNoCspViolation(watch);
  expectNoKeyInUrls(watch, [...EVERY_KEY, spare.key]);
  expectNoKeyInConsole(watch, [...EVERY_KEY, spare.key]);
  expectGraphQLOnlyByPost(watch);
  await expectKeysOnlyInSessionStorage(page, [...EVERY_KEY, spare.key], spare.key);
  const session = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  expect(session, 'the revoked key is forgotten').not.toContain(ADMIN.apiKey);
});
