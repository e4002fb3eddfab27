import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect } from './app.ts';

// The Secrets area: the table (a light MUI table), the add, rotate, describe and delete dialogs,
// and the list of secrets plugins declare that do not exist yet.

export { paths };

export function secretsGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Secrets' });
}

export function secretRows(page: Page): Locator {
  return secretsGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

export function secretRow(page: Page, key: string): Locator {
  return secretRows(page).filter({ hasText: key });
}

export function addSecretDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Add a secret' });
}

export async function openAddSecret(page: Page): Promise<Locator> {
  await page.getByRole('main').getByRole('button', { name: 'Add secret' }).click();
  const dialog = addSecretDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens a row action ("Rotate", "Describe", "Delete") and returns its dialog. */
export async function secretAction(
  page: Page,
  action: 'Rotate' | 'Describe' | 'Delete',
  key: string,
): Promise<Locator> {
  await page.getByRole('button', { name: `${action} ${key}` }).click();
  const title = action === 'Delete' ? `Delete the secret ${key}?` : `${action} ${key}`;
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

export function missingSecrets(page: Page): Locator {
  return page.getByRole('list', { name: 'Plugins with missing secrets' });
}

/**
 * From now on, the operation name of each GraphQL request the page sends ("SecretsPage", …), in
 * order: what a page view costs in requests.
 */
export function recordGraphqlOperations(page: Page): readonly string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().includes('/graphql/v1')) return;
    const body: unknown = request.postDataJSON();
    const query =
      typeof body === 'object' && body !== null && 'query' in body ? String(body.query) : '';
    names.push(/\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '(anonymous)');
  });
  return names;
}
