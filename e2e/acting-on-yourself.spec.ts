import type { Page } from '@playwright/test';
import { apiKeyRow, apiKeysSection } from './helpers/api-keys.ts';
import { areasNav, choosePersona, expect, personaDialog, signedInAs, test } from './helpers/app.ts';
import { chooseNewRole, openUser, paths, userHeading } from './helpers/users.ts';

// The admin acting on their own account: demoting themselves, deleting the key the console is
// signed in with, and the demo data reset that undoes it all. Header, navigation and page must
// agree at once, without a reload.

/**
 * openApp, with room for a cold start: the first load builds the seed and registers the service
 * worker, which takes longer than the default expectation on a busy machine.
 */
// Each test walks through several pages and reloads of the organization: room on a busy machine.
test.beforeEach(() => {
  test.slow();
});

async function openConsole(page: Page, path: string): Promise<void> {
  await page.goto(`/#${path}`);
  await expect(signedInAs(page)).toBeVisible({ timeout: 30_000 });
}

test('demoting yourself: header, navigation and page follow the new role at once', async ({
  page,
}) => {
  await openConsole(page, paths.users.list());
  await openUser(page, 'Ada Lovelace');
  await expect(page.getByRole('main').getByRole('button', { name: 'Delete user' })).toBeDisabled();

  const dialog = await chooseNewRole(page, 'Member');
  await expect(dialog).toContainText(
    'You are demoting yourself: at once you lose the admin areas of this console',
  );
  await dialog.getByRole('button', { name: 'Make Member' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('You are now a Member.')).toBeVisible();

  await expect(signedInAs(page)).toContainText('Member · ada.admin@acme.ai');
  await expect(areasNav(page).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(areasNav(page).getByRole('link', { name: 'Datasets' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Only admins can manage users. Your role is member',
  );
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);

  // Resetting the demo data makes Ada an admin again: everything agrees at once, again.
  await page.getByRole('button', { name: 'Switch persona' }).click();
  await personaDialog(page).getByRole('button', { name: 'Reset demo data' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset demo data?' });
  await confirm.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(confirm).toBeHidden();
  await expect(signedInAs(page)).toContainText('Admin · ada.admin@acme.ai');
  await expect(areasNav(page).getByRole('link', { name: 'Users' })).toBeVisible();
  await expect(userHeading(page, 'Ada Lovelace')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Only admins can manage users');
});

test('deleting the key the console is signed in with asks for a persona, which then works', async ({
  page,
  consoleErrors,
}) => {
  // The browser logs the refused request (HTTP 401) after the deletion as a failed load.
  consoleErrors.allow(/status of 401/);
  await openConsole(page, paths.settings.apiKeys());
  await apiKeyRow(page, 'demo key').getByRole('button', { name: 'Delete key demo key' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the API key “demo key”?' });
  await expect(confirm).toContainText(
    'This is the key this console is signed in with: the console stops working for you at once and asks for another key (in this demo, a persona).',
  );
  await confirm.getByRole('button', { name: 'Delete key' }).click();

  const dialog = personaDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Invalid API key' })).toHaveText(
    'Invalid API key: the key is unknown or has been revoked. Choose a persona to continue.',
  );
  await choosePersona(page, 'Admin: Ada Lovelace');
  await expect(areasNav(page)).toBeVisible();
  await expect(apiKeyRow(page, 'demo key')).toBeVisible();
  await expect(apiKeysSection(page)).toBeVisible();
});

test('the browser tab names the page', async ({ page }) => {
  await openConsole(page, paths.users.list());
  await expect(page).toHaveTitle('Users · FiftyOne Admin');
  await openUser(page, 'Emily Carter');
  await expect(page).toHaveTitle('Emily Carter · Users · FiftyOne Admin');
  await areasNav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveTitle('API keys · Settings · FiftyOne Admin');
  await areasNav(page).getByRole('link', { name: 'Datasets' }).click();
  await expect(page).toHaveTitle('Datasets · FiftyOne Admin');
});

test('a second tab shows the same organization and follows its changes', async ({ page }) => {
  await openConsole(page, paths.users.list());
  await openUser(page, 'Emily Carter');
  const userUrl = page.url();

  const second = await page.context().newPage();
  await second.goto(userUrl);
  await expect(userHeading(second, 'Emily Carter')).toBeVisible({ timeout: 30_000 });
  const summary = second.getByRole('main').getByText('emily.carter@acme.ai', { exact: true });
  await expect(summary.first().locator('xpath=..')).toContainText('Member');

  const dialog = await chooseNewRole(page, 'Collaborator');
  await dialog.getByRole('button', { name: 'Make Collaborator' }).click();
  await expect(page.getByText('Emily Carter is now a Collaborator.')).toBeVisible();

  // The other tab refreshes by itself, no reload.
  await expect(summary.first().locator('xpath=..')).toContainText('Collaborator');
  await second.close();
});
