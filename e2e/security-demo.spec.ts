import { PERSONAS } from '../mocks/engine/personas.ts';
import {
  areasNav,
  expect,
  openApp,
  persona,
  signedInAs,
  switchPersona,
  test,
} from './helpers/app.ts';
import {
  expectGraphQLOnlyByPost,
  expectKeysOnlyInSessionStorage,
  expectNoKeyInConsole,
  expectNoKeyInUrls,
  watchSecurity,
} from './helpers/security.ts';
import { paths, userRow } from './helpers/users.ts';

// The demo keeps API keys where the real console does: in this tab's session storage and the
// X-API-Key header only. (The real-deployment build is checked in e2e/real/.)

const EVERY_KEY = PERSONAS.map((p) => p.apiKey);

test('no persona key reaches a URL, the console or lasting storage', async ({ page }) => {
  const watch = await watchSecurity(page);
  await openApp(page, paths.users.list());
  await expect(userRow(page, 'Milo Okafor')).toBeVisible();

  await switchPersona(page, 'Member: Milo Okafor');
  await expect(signedInAs(page)).toContainText('Member · milo.member@acme.ai');
  await areasNav(page).getByRole('link', { name: 'Datasets' }).click();
  await expect(page).toHaveURL(/#\/datasets/);
  await expect(page.getByRole('heading', { level: 1, name: 'Datasets' })).toBeVisible();
  // A reload starts a new document: the tab remembers who it is, from session storage.
  await page.reload();
  await expect(signedInAs(page)).toContainText('Milo Okafor');

  expectNoKeyInUrls(watch, EVERY_KEY);
  expectNoKeyInConsole(watch, EVERY_KEY);
  expectGraphQLOnlyByPost(watch);
  await expectKeysOnlyInSessionStorage(page, EVERY_KEY, persona('member').apiKey);
});
