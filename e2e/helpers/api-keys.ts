import type { Locator, Page } from '@playwright/test';
import { expect } from './app.ts';

// API keys (Settings › API keys, and an admin managing a user's keys on the user's page):
// generate one (its raw value is shown once), list them.

export function apiKeysSection(page: Page): Locator {
  return page.getByRole('region', { name: 'API keys' });
}

export function generateKeyDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /^Generate an API key/ });
}

export async function openGenerateKeyDialog(page: Page): Promise<Locator> {
  await apiKeysSection(page).getByRole('button', { name: 'Generate key' }).click();
  const dialog = generateKeyDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** In the open generate-key dialog: names the key, generates it, returns the raw key shown once. */
export async function nameAndGenerate(dialog: Locator, name: string): Promise<string> {
  await dialog.getByRole('textbox', { name: 'Key name' }).fill(name);
  await dialog.getByRole('button', { name: 'Generate key' }).click();
  const shown = dialog.getByLabel('New API key');
  await expect(shown).toBeVisible();
  return (await shown.textContent())?.trim() ?? '';
}

/** Opens "Generate key", names the key and generates it; returns the raw key shown once. */
export async function generateApiKey(page: Page, name: string): Promise<string> {
  return nameAndGenerate(await openGenerateKeyDialog(page), name);
}

/** The keys table of the panel (a row per key: name, created, id, delete). */
export function apiKeyRow(page: Page, name: string): Locator {
  return apiKeysSection(page).getByRole('table').getByRole('row').filter({ hasText: name });
}
