import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect } from './app.ts';

// The Groups area: the groups table, a group's page, and the create, edit and delete dialogs.

export { paths };

export function groupsGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Groups' });
}

export function groupLink(page: Page, name: string): Locator {
  return groupsGrid(page).getByRole('link', { name, exact: true });
}

export function createGroupDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Create a group' });
}

/** In a members picker: finds someone by typing and picks them. */
export async function pickUser(page: Page, picker: Locator, name: string): Promise<void> {
  await picker.fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

export function groupHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name });
}

export function membersTable(page: Page, group: string): Locator {
  return page.getByRole('table', { name: `Members of ${group}` });
}

export function groupDatasetsTable(page: Page, group: string): Locator {
  return page.getByRole('table', { name: `Datasets ${group} can access` });
}

export async function openEditDialog(page: Page, group: string): Promise<Locator> {
  await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${group}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function askToDeleteGroup(page: Page, group: string): Promise<Locator> {
  await page.getByRole('main').getByRole('button', { name: 'Delete group' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${group}?` });
  await expect(dialog).toBeVisible();
  return dialog;
}
