import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect } from './app.ts';

// Settings › Organization, Roles and Cloud credentials. Specs speak in these actions.

export { paths };

// --- Organization ------------------------------------------------------------------------------

export function organizationForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Organization settings' });
}

/** Picks `option` in one of the four settings (e.g. "Default user role", "Collaborator"). */
export async function chooseSetting(page: Page, setting: string, option: string): Promise<void> {
  await organizationForm(page).getByRole('combobox', { name: setting }).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
}

export function settingValue(page: Page, setting: string): Locator {
  return organizationForm(page).getByRole('combobox', { name: setting });
}

/** The dialog that asks before unsaved organization settings are left behind. */
export function leaveGuard(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Leave without saving?' });
}

// --- Roles -------------------------------------------------------------------------------------

export function rolesMatrix(page: Page): Locator {
  return page.getByRole('table', { name: 'What each role may do' });
}

/** The cells of one capability's row, one per role (Admin, Member, Collaborator, Guest). */
export function capabilityCells(page: Page, capability: string): Locator {
  return rolesMatrix(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${capability}`) }) })
    .getByRole('cell');
}

// --- Cloud credentials -------------------------------------------------------------------------

export function credentialsGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Cloud credentials' });
}

/** The row of a set of credentials, by a bucket it covers or "Default for GCP". */
export function credentialsRow(page: Page, text: string): Locator {
  return credentialsGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .filter({ hasText: text });
}

export function addCredentialsDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Add cloud credentials' });
}

export async function openAddCredentials(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add credentials' }).click();
  const dialog = addCredentialsDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** In the add dialog: types buckets (names, paths or URLs), each added as a chip. */
export async function addBuckets(dialog: Locator, entries: readonly string[]): Promise<void> {
  const box = dialog.getByRole('textbox', { name: /^(Buckets|Containers)$/ });
  for (const entry of entries) {
    await box.fill(entry);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  }
}

/** The chips of the buckets added so far, by name. */
export function bucketChips(dialog: Locator, provider: string): Locator {
  return dialog
    .getByRole('list', { name: new RegExp(`^${provider} (buckets|containers)$`) })
    .getByRole('listitem');
}

/** In the add dialog: picks a local file through the file chooser (a key or credentials file). */
export async function chooseFile(
  page: Page,
  dialog: Locator,
  file: { name: string; mimeType: string; contents: string },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /^Choose (another )?file$/ }).click();
  await (
    await chooser
  ).setFiles({
    name: file.name,
    mimeType: file.mimeType,
    buffer: Buffer.from(file.contents),
  });
  await expect(dialog.getByText(file.name, { exact: true })).toBeVisible();
}
