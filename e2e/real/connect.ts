import type { Locator, Page } from '@playwright/test';
import { expect } from '../helpers/app.ts';

// The real build has no demo personas: one signs in by typing an API key into the connection
// dialog, which tests it against the API (through nginx's proxy) before connecting.

export function connectDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Connect to FiftyOne Enterprise' });
}

/** Types an API key into the open connection dialog and connects through nginx's proxy. */
export async function connectWith(page: Page, apiKey: string): Promise<void> {
  const dialog = connectDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('API key').fill(apiKey);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
}
