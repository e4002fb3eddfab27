import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect, openApp, persona, signedInAs } from './app.ts';

// The Datasets area: the table of what you can see, a dataset's access page, its dialogs (add a
// person, add a group, change the default) and the access explainer. Specs speak in these.

export { paths };

/**
 * Opens the console signed in as a persona from the first page load: the tab's connection is
 * put where the console keeps it (sessionStorage) before any script runs, as a persona switch
 * would leave it. Faster than switching through the top bar (users-member.spec.ts does that).
 */
export async function openAs(
  page: Page,
  id: 'admin' | 'manager' | 'member' | 'collaborator',
  path: string,
): Promise<void> {
  await page.addInitScript((apiKey) => {
    if (!sessionStorage.getItem('fo-console-connection')) {
      sessionStorage.setItem('fo-console-connection', JSON.stringify({ apiUrl: '', apiKey }));
    }
  }, persona(id).apiKey);
  await openApp(page, path);
  await expect(signedInAs(page)).toContainText(persona(id).name);
}

export function datasetsGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Datasets' });
}

/** A dataset's row in the table. */
export function datasetRow(page: Page, name: string): Locator {
  const nameCell = page.getByRole('cell').filter({ hasText: new RegExp(`^${name}$`) });
  return datasetsGrid(page).getByRole('row').filter({ has: nameCell });
}

/** The link to a dataset's access page (only datasets the viewer manages have one). */
export function accessLink(page: Page, name: string): Locator {
  return datasetsGrid(page).getByRole('link', { name: `${name}: manage access` });
}

export function peopleTable(page: Page): Locator {
  return page.getByRole('table', { name: 'People with access' });
}

export function personRow(page: Page, name: string): Locator {
  return peopleTable(page).getByRole('row').filter({ hasText: name });
}

/** The picker of a listed person's own grant (it reads "None" when they have none). */
export function ownGrant(page: Page, name: string): Locator {
  return personRow(page, name).getByRole('combobox', { name: `Own grant of ${name}` });
}

export function groupsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Groups with access' });
}

export function groupRow(page: Page, name: string): Locator {
  return groupsTable(page).getByRole('row').filter({ hasText: name });
}

/** Picks `label` ("Can edit", …) in an open permission or role select. */
export async function chooseOption(page: Page, combobox: Locator, label: string): Promise<void> {
  await combobox.click();
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${label}`) })
    .click();
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
}

export function addGroupDialog(page: Page, dataset: string): Locator {
  return page.getByRole('dialog', { name: `Add a group to ${dataset}` });
}

export function addPersonDialog(page: Page, dataset: string): Locator {
  return page.getByRole('dialog', { name: `Add a person to ${dataset}` });
}

/** On an access page: grants a group, named by typing (as a manager must), a level. */
export async function addGroup(page: Page, dataset: string, group: string, level: string) {
  await page.getByRole('button', { name: 'Add group' }).click();
  const dialog = addGroupDialog(page, dataset);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Group' }).fill(group);
  await page.getByRole('option', { name: group, exact: true }).click();
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Permission' }), level);
  await dialog.getByRole('button', { name: 'Grant access' }).click();
  await expect(dialog).toBeHidden();
}

export function explainerDialog(page: Page, person: string): Locator {
  return page.getByRole('dialog', { name: new RegExp(`^Why does ${person} have `) });
}

/** A row of the explainer's sources table, by its source ("Own grant", "Role cap", …). */
export function explainerLine(dialog: Locator, source: string): Locator {
  const header = dialog.page().getByRole('rowheader', { name: source, exact: true });
  return dialog.getByRole('row').filter({ has: header });
}
