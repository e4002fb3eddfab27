import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';

// Settings › Credentials: every long-lived credential and what the page flags.

export { paths };

export function credentialFindings(page: Page): Locator {
  return page.getByRole('list', { name: 'Findings' });
}

/** One of the page's sections: "API keys", "Secrets" or "Cloud credentials". */
export function credentialSection(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The rows of a section's table that carry `text` (a key's name, a flag such as "Unused"). */
export function credentialRows(page: Page, section: string, text: string | RegExp): Locator {
  return credentialSection(page, section).getByRole('row').filter({ hasText: text });
}

/**
 * Brings a section on screen: a table draws only the rows in view, so rows are counted with
 * their section in view.
 */
export async function showSection(page: Page, section: string): Promise<void> {
  await credentialSection(page, section).scrollIntoViewIfNeeded();
}
