import {
  areasNav,
  choosePersona,
  expect,
  openApp,
  personaDialog,
  setMockScenario,
  signedInAs,
  switchPersona,
  test,
} from './helpers/app.ts';
import { createGroupDialog, groupHeading } from './helpers/groups.ts';
import { invitationRow, paths, userRow } from './helpers/users.ts';

// The top bar: who you are, the demo's status, personas, the theme, and what happens when the
// API stops accepting the key mid-session.

test('the top bar shows who you are, and switching persona changes it', async ({ page }) => {
  await openApp(page, paths.users.list());
  await expect(signedInAs(page)).toContainText('Ada Lovelace');
  await expect(signedInAs(page)).toContainText('Admin · ada.admin@acme.ai');
  await expect(page.getByLabel('Connection status: Demo')).toBeVisible();

  await switchPersona(page, 'Dataset manager: Dana Whitfield');
  await expect(signedInAs(page)).toContainText('Dana Whitfield');
  await expect(signedInAs(page)).toContainText('Member · dana.manager@acme.ai');
  await expect(signedInAs(page)).not.toContainText('Ada Lovelace');
  await expect(page.getByLabel('Connection status: Demo')).toBeVisible();
});

test('the theme menu switches to dark', async ({ page }) => {
  await openApp(page, paths.users.list());
  const html = page.locator('html');
  await expect(html).toHaveClass(/\blight\b/);
  await expect(html).not.toHaveClass(/\bdark\b/);

  await page.getByRole('button', { name: 'Theme: System' }).click();
  await page.getByRole('menuitem', { name: 'Dark' }).click();

  // colorSchemeSelector: 'class' puts the scheme's class on <html>; baseline.css sets color-scheme.
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(html).toHaveCSS('color-scheme', 'dark');
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();

  await page.reload();
  await expect(signedInAs(page)).toBeVisible();
  await expect(html).toHaveClass(/\bdark\b/);
});

test("before any script has run, the page shows the top bar in the system's colours", async ({
  browser,
  baseURL,
}) => {
  // What a slow connection shows first: index.html and its style sheet alone (the theme's
  // colours are a style sheet made at build time), light or dark as the system is.
  for (const [colorScheme, background] of [
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(18, 18, 18)'],
  ] as const) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, colorScheme });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.getByText('FiftyOne Admin')).toBeVisible();
    await expect(page.locator('body')).toHaveCSS('background-color', background);
    await context.close();
  }
});

test('a key revoked mid-session asks for another, and a persona works again', async ({
  page,
  consoleErrors,
}) => {
  // The browser logs each refused request (HTTP 401) as a failed resource load.
  consoleErrors.allow(/status of 401/);
  // From the invitations to the members: on the members page the admin's own row reads the
  // admins in the background (the sole-admin check), which could meet the revoked key first.
  await openApp(page, paths.users.invitations());
  await expect(invitationRow(page, 'tom.reyes@northwind.com')).toBeVisible();

  await setMockScenario(page, 'invalid-key');
  await page.getByRole('tab', { name: 'Members' }).click();

  const dialog = personaDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Invalid API key' })).toHaveText(
    'Invalid API key: the key is unknown or has been revoked. Choose a persona to continue.',
  );
  await expect(areasNav(page)).toHaveCount(0);

  await setMockScenario(page, null);
  await choosePersona(page, 'Admin: Ada Lovelace');
  await expect(userRow(page, 'Ada Lovelace')).toBeVisible();
  await expect(areasNav(page)).toBeVisible();
});

test('a key revoked while typing: the same person carries on with the form as typed; someone else starts afresh', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 401/);
  await openApp(page, paths.groups.list());
  await page.getByRole('button', { name: 'Create group' }).click();
  const create = createGroupDialog(page);
  await create.getByRole('textbox', { name: 'Name' }).fill('Night Shift');
  await create.getByRole('textbox', { name: 'Description' }).fill('Lyon warehouse, nights');

  await setMockScenario(page, 'invalid-key');
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(personaDialog(page)).toBeVisible();
  await setMockScenario(page, null);
  await choosePersona(page, 'Admin: Ada Lovelace');

  // Nothing typed was lost: the same form, sent again, goes through.
  await expect(create.getByRole('textbox', { name: 'Name' })).toHaveValue('Night Shift');
  await expect(create.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'Lyon warehouse, nights',
  );
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(groupHeading(page, 'Night Shift')).toBeVisible();

  // Another person's key: nothing of the admin's stays on screen.
  await openApp(page, paths.groups.list());
  await page.getByRole('button', { name: 'Create group' }).click();
  await create.getByRole('textbox', { name: 'Name' }).fill('Day Shift');
  await setMockScenario(page, 'invalid-key');
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(personaDialog(page)).toBeVisible();
  await setMockScenario(page, null);
  await choosePersona(page, 'Member: Milo Okafor');
  await expect(create).toBeHidden();
});
