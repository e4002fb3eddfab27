import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect } from './app.ts';

// The Orchestrators area: the table (server-side search, sort, paging), an orchestrator's page,
// the register dialog (each secret typed or picked) and the delete confirmation.

export { paths };

export function orchestratorsGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Orchestrators' });
}

export function orchestratorRows(page: Page): Locator {
  return orchestratorsGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

export function orchestratorRow(page: Page, instanceId: string): Locator {
  return orchestratorRows(page).filter({
    has: page.getByRole('link', { name: instanceId, exact: true }),
  });
}

export function registerDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Register an orchestrator' });
}

export async function openRegisterDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Register orchestrator' }).first().click();
  const dialog = registerDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** In the register dialog: one secret's "Type a value" / "Use a stored secret" switch. */
export function secretSource(dialog: Locator, label: string): Locator {
  return dialog.getByRole('group', { name: `${label}: how to give it` });
}

/** Types a secret's value (the default source). */
export async function typeSecret(dialog: Locator, label: string, value: string): Promise<void> {
  await secretSource(dialog, label).getByRole('button', { name: 'Type a value' }).click();
  await dialog.getByLabel(label, { exact: true }).fill(value);
}

/** Uses a stored secret for one of the orchestrator's secrets. */
export async function pickSecret(dialog: Locator, label: string, key: string): Promise<void> {
  await secretSource(dialog, label).getByRole('button', { name: 'Use a stored secret' }).click();
  await dialog.getByRole('combobox', { name: label, exact: true }).selectOption(key);
}

export function orchestratorHeading(page: Page, instanceId: string): Locator {
  return page.getByRole('heading', { level: 1, name: instanceId });
}

/** A row of a detail page's fact table (About, Configuration, Secrets). */
export function fact(page: Page, table: string, label: string): Locator {
  return page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
}
