import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect } from './app.ts';

// The Users area: the members table (a light MUI table), a user's page, and the dialogs to change a
// role, invite people, delete a user and revoke an invitation. Specs speak in these actions.

export { paths };

/** The members table. */
export function usersGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Users' });
}

/** The table's data rows (the header row has no cell). */
export function userRows(page: Page): Locator {
  return usersGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

/** The data row of one user, by name or e-mail. */
export function userRow(page: Page, nameOrEmail: string): Locator {
  return userRows(page).filter({ hasText: nameOrEmail });
}

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search users' });
}

/** Types in "Search users" and waits until the search is in the URL (after the debounce). */
export async function searchUsers(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  const q = new URLSearchParams({ q: text.trim() }).toString();
  await expect(page).toHaveURL((url) => url.hash.includes(`?${q}`) || url.hash.includes(`&${q}`));
}

/** Empties "Search users" and waits until the search has left the URL. */
export async function clearSearch(page: Page): Promise<void> {
  await searchBox(page).fill('');
  await expect(page).toHaveURL((url) => !/[?&]q=/.test(url.hash));
}

/** The list's Role filter (a native select). */
export function roleFilter(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Role', exact: true });
}

/** Chooses a role in the list's Role filter ("All roles", "Admin", "Member", …). */
export async function filterByRole(page: Page, label: string): Promise<void> {
  await roleFilter(page).selectOption({ label });
}

/**
 * A select's menu is gone, its closing transition included: while it fades out it is already
 * hidden from the accessibility tree but still on screen (and would confuse an axe check).
 */
export async function menuClosed(page: Page): Promise<void> {
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
}

/** From the users list: finds a user by search and opens their page. */
export async function openUser(page: Page, name: string): Promise<void> {
  await searchUsers(page, name);
  await userRow(page, name).getByRole('link', { name }).click();
  await expect(userHeading(page, name)).toBeVisible();
}

export function userHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name });
}

/** The line under a user's name: their e-mail, role chip and "You" for yourself. */
export function userSummary(page: Page, email: string): Locator {
  // The page header's subtitle: the e-mail beside the role chip.
  return page.getByRole('main').getByText(email, { exact: true }).first().locator('xpath=..');
}

// --- Change role -------------------------------------------------------------------------------

export function changeRoleDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /^Change the role of / });
}

/** On a user's page: opens "Change role" and picks `label` (not yet confirmed). */
export async function chooseNewRole(page: Page, label: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Change role' }).click();
  const dialog = changeRoleDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  // Each option reads "<Role> <what the role may do>".
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${label}\\b`) })
    .click();
  await menuClosed(page);
  return dialog;
}

// --- Invite ------------------------------------------------------------------------------------

export function inviteDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Invite people' });
}

export async function openInviteDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = inviteDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** In the invite dialog: types the addresses (one per line) and runs "Check e-mails". */
export async function checkEmails(dialog: Locator, emails: readonly string[]): Promise<Locator> {
  await dialog.getByRole('textbox', { name: 'E-mail addresses' }).fill(emails.join('\n'));
  await dialog.getByRole('button', { name: 'Check e-mails' }).click();
  const checked = dialog.getByRole('list', { name: 'Checked e-mails' });
  await expect(checked).toBeVisible();
  return checked;
}

/** The "Invitations sent" list's entry for one address. */
export function sentInvitation(dialog: Locator, email: string): Locator {
  return dialog
    .getByRole('list', { name: 'Invitations sent' })
    .getByRole('listitem')
    .filter({ hasText: `Invited ${email} as` });
}

// --- Pending invitations -----------------------------------------------------------------------

export function invitationsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Pending invitations' });
}

export function invitationRow(page: Page, email: string): Locator {
  return invitationsTable(page).getByRole('row').filter({ hasText: email });
}

/** Clicks an invitation's Revoke button; returns the confirmation dialog (not yet confirmed). */
export async function askToRevoke(page: Page, email: string): Promise<Locator> {
  await page.getByRole('button', { name: `Revoke the invitation of ${email}` }).click();
  const dialog = page.getByRole('dialog', { name: `Revoke the invitation of ${email}?` });
  await expect(dialog).toBeVisible();
  return dialog;
}

// --- Delete ------------------------------------------------------------------------------------

/** On a user's page: opens "Delete user"; returns the type-to-confirm dialog. */
export async function askToDelete(page: Page, name: string): Promise<Locator> {
  await page.getByRole('main').getByRole('button', { name: 'Delete user' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(dialog).toBeVisible();
  return dialog;
}

export function confirmationField(dialog: Locator, text: string): Locator {
  return dialog.getByRole('textbox', { name: `Type ${text} to confirm` });
}
