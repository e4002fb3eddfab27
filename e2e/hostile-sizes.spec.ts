import type { Page } from '@playwright/test';
import { expect, openApp, signedInAs, test } from './helpers/app.ts';
import {
  expectNoHorizontalOverflow,
  expectButtonsInWindow,
  expectTablesFit,
  LONG,
  seedHostileValues,
} from './helpers/layout.ts';
import { paths } from './helpers/users.ts';

// Whatever the server returns, however long, the page keeps to the window and every action
// button stays reachable: 5,000-character names, e-mails and descriptions in every table, page
// title and dialog title.

const start = (text: string) => text.slice(0, 24);

/** The page fits the window and every button in it is within the window's width. */
async function expectPageFits(page: Page): Promise<void> {
  await expectNoHorizontalOverflow(page);
  await expectButtonsInWindow(page.getByRole('main'), { wholly: false });
}

/** A dialog whose title is huge still shows its buttons, wholly on screen. */
async function expectDialogFits(page: Page, name: RegExp): Promise<void> {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectButtonsInWindow(dialog, { wholly: true });
}

// Each test seeds, reloads and measures several pages: more than the default on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  // The first load starts the demo's mock worker: slow on a busy machine.
  await page.goto(`/#${paths.users.list()}`);
  await expect(signedInAs(page)).toBeVisible({ timeout: 20_000 });
  await seedHostileValues(page);
});

test('a 5,000-character user: the users table, their page and its dialogs keep their buttons on screen', async ({
  page,
}) => {
  await openApp(page, `${paths.users.list()}?q=${start(LONG.userName)}`);
  const link = page
    .getByRole('table', { name: 'Users' })
    .getByRole('link', { name: LONG.userName });
  await expect(link).toBeVisible();
  // The cut cell still carries the whole name.
  await expect(link.locator('xpath=ancestor-or-self::*[@title][1]')).toHaveAttribute(
    'title',
    LONG.userName,
  );
  await expectPageFits(page);

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: LONG.userName })).toBeVisible();
  await expectPageFits(page);

  await page.getByRole('button', { name: 'Change role' }).click();
  await expectDialogFits(page, /^Change the role of LongUserName/);
});

test('a 5,000-character user: the delete dialog keeps its buttons on screen', async ({ page }) => {
  const user = page
    .getByRole('table', { name: 'Users' })
    .getByRole('link', { name: LONG.userName });
  await openApp(page, `${paths.users.list()}?q=${start(LONG.userName)}`);
  await user.click();
  await page.getByRole('main').getByRole('button', { name: 'Delete user' }).click();
  await expectDialogFits(page, /^Delete LongUserName/);
});

test('a 5,000-character invitation e-mail: the row keeps its buttons and the revoke dialog its own', async ({
  page,
}) => {
  await openApp(page, paths.users.invitations());
  const table = page.getByRole('table', { name: 'Pending invitations' });
  await expect(
    table.getByRole('row').filter({ hasText: start(LONG.invitationEmail) }),
  ).toBeVisible();
  await expectPageFits(page);
  await page
    .getByRole('button', { name: `Revoke the invitation of ${LONG.invitationEmail}` })
    .click();
  await expectDialogFits(page, /^Revoke the invitation of longinvite/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('button', { name: `Send again: the invitation of ${LONG.invitationEmail}` })
    .click();
  await expectDialogFits(page, /^Send the invitation of longinvite/);
});

test('a 5,000-character group: the groups table, its page and its delete dialog fit', async ({
  page,
}) => {
  await openApp(page, '/groups');
  const link = page
    .getByRole('table', { name: 'Groups' })
    .getByRole('link', { name: LONG.groupName });
  await expect(link).toBeVisible();
  await expectPageFits(page);

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: LONG.groupName })).toBeVisible();
  await expectPageFits(page);
  await page.getByRole('main').getByRole('button', { name: 'Delete group' }).click();
  await expectDialogFits(page, /^Delete LongGroupName/);
});

test('5,000-character values keep every row short where they meet: a group, a user, a dataset and the API keys', async ({
  page,
}) => {
  /** No row or list item of the page is taller than a few lines of text. */
  const expectShortRows = async () => {
    const rows = await page
      .getByRole('main')
      .locator('tr, li')
      .evaluateAll((found) =>
        found.map((row) => ({
          height: Math.round(row.getBoundingClientRect().height),
          text: row.textContent.slice(0, 40),
        })),
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.height > 160)).toEqual([]);
  };
  const main = page.getByRole('main');

  await openApp(page, '/groups');
  await page
    .getByRole('table', { name: 'Groups' })
    .getByRole('link', { name: LONG.groupName })
    .click();
  await expect(main.getByRole('link', { name: LONG.userName })).toBeVisible();
  await expect(main.getByRole('link', { name: LONG.datasetName })).toBeVisible();
  await expectShortRows();

  await main.getByRole('link', { name: LONG.userName }).click();
  await expect(page.getByRole('heading', { level: 1, name: LONG.userName })).toBeVisible();
  await expect(main.getByRole('link', { name: LONG.groupName })).toBeVisible();
  await expectShortRows();

  await openApp(page, '/datasets');
  await main.getByRole('link', { name: LONG.datasetName }).click();
  await expect(main.getByText(start(LONG.userEmail)).first()).toBeVisible();
  await expectShortRows();

  await openApp(page, '/settings/credentials');
  await expect(main.getByText(start(LONG.keyName)).first()).toBeVisible();
  await expectShortRows();
});

for (const [area, path, text] of [
  ['Secrets', '/secrets', LONG.secretDescription],
  ['Plugins', '/plugins', LONG.pluginDescription],
  ['Datasets', '/datasets', LONG.datasetName],
  ['Orchestrators', '/orchestrators', LONG.orchestratorDescription],
  ['Cloud credentials', '/settings/cloud-credentials', LONG.credentialDescription],
] as const) {
  test(`${area}: a 5,000-character value keeps the table within the window`, async ({ page }) => {
    await openApp(page, path);
    await expect(page.getByRole('main').getByText(start(text)).first()).toBeVisible();
    await expectPageFits(page);
  });
}

test.describe('in a 1280-px window', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every list table fits its box, its last column on screen and its headers whole', async ({
    page,
  }) => {
    // Each with its (first) table's name: the new page's table, not the last page's.
    for (const [path, table] of [
      [paths.users.list(), 'Users'],
      [paths.users.invitations(), 'Pending invitations'],
      [paths.groups.list(), 'Groups'],
      [paths.datasets.list(), 'Datasets'],
      [paths.plugins.list(), 'Plugins'],
      [paths.secrets.list(), 'Secrets'],
      [paths.snapshots.list(), 'Datasets'],
      [paths.orchestrators.list(), 'Orchestrators'],
      [paths.settings.apiKeys(), 'your API keys'],
      [paths.settings.cloudCredentials(), 'Cloud credentials'],
      [paths.settings.credentials(), 'API keys of every user'],
    ] as const) {
      await openApp(page, path);
      const main = page.getByRole('main');
      await expect(main.getByRole('table', { name: table, exact: true })).toBeVisible();
      await expect(main.locator('table[aria-busy="true"]')).toHaveCount(0);
      await expectTablesFit(main);
    }
  });
});

test('a cut chip shows its whole text on hover and on keyboard focus', async ({ page }) => {
  await openApp(page, '/settings/cloud-credentials');
  const row = page.getByRole('row').filter({ hasText: start(LONG.bucket) });
  const chip = row.getByText(LONG.bucket, { exact: true }).locator('..');
  await expect(chip).toBeVisible();
  await expectPageFits(page);
  const tooltip = page.getByRole('tooltip');

  await chip.focus();
  await expect(tooltip).toHaveText(LONG.bucket);
  await chip.blur();
  await expect(tooltip).toBeHidden();

  await chip.hover();
  await expect(tooltip).toHaveText(LONG.bucket);
});

test('a pasted list of 200 addresses: the invite box stops growing and scrolls, the buttons stay', async ({
  page,
}) => {
  await openApp(page, paths.users.list());
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite people' });
  const box = dialog.getByRole('textbox', { name: 'E-mail addresses' });
  await box.fill(
    Array.from({ length: 200 }, (_, i) => `person${String(i)}@example.com`).join('\n'),
  );
  const size = await box.evaluate((area) => ({
    client: area.clientHeight,
    scroll: area.scrollHeight,
  }));
  expect(size.client).toBeLessThan(size.scroll);
  expect(size.client).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
  await expectButtonsInWindow(dialog, { wholly: true });
});
