import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect, signedInAs, switchPersona } from './app.ts';

// The Snapshots area: the dataset chooser, a dataset's history (changes since the last snapshot,
// the chart, the history table, a snapshot's details) and its dialogs. Specs speak in these.

export { paths };

/**
 * Switches persona and reloads: views already on screen keep the previous persona's data after a
 * switch (app bug noted in users-member.spec.ts); a reload shows what the new persona gets.
 */
export async function becomePersona(page: Page, label: string): Promise<void> {
  await switchPersona(page, label);
  await page.reload();
  await expect(signedInAs(page)).toContainText(label.slice(label.indexOf(':') + 1).trim());
}

/** Goes to a dataset's snapshots (or one snapshot's details) and waits for the history. */
export async function openDatasetSnapshots(
  page: Page,
  dataset: string,
  snapshot?: string,
): Promise<void> {
  await page.goto(
    `/#${snapshot ? paths.snapshots.snapshot(dataset, snapshot) : paths.snapshots.dataset(dataset)}`,
  );
  await expect(page.getByRole('heading', { level: 1, name: dataset })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
}

export function historyTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Snapshot history' });
}

/** The history rows (the header row has no cell). */
export function snapshotRows(page: Page): Locator {
  return historyTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

export function snapshotRow(page: Page, name: string): Locator {
  return snapshotRows(page).filter({
    has: page.getByRole('link', { name, exact: true }),
  });
}

/** A row's Added, Deleted, Changed and Total cells, as shown ("+50", "−5", "20", "9,645"). */
export async function expectRowChanges(
  row: Locator,
  changes: { added: string; deleted: string; changed: string; total: string },
): Promise<void> {
  const cells = row.getByRole('cell');
  await expect(cells.nth(4)).toHaveText(changes.added);
  await expect(cells.nth(5)).toHaveText(changes.deleted);
  await expect(cells.nth(6)).toHaveText(changes.changed);
  await expect(cells.nth(7)).toHaveText(changes.total);
}

/** A snapshot's details panel. */
export function snapshotPanel(page: Page, name: string): Locator {
  return page.getByRole('region', { name: `Snapshot ${name}` });
}

/** Clicks a snapshot's name in the history and waits for its details. */
export async function openSnapshot(page: Page, name: string): Promise<Locator> {
  await snapshotRow(page, name).getByRole('link', { name, exact: true }).click();
  const panel = snapshotPanel(page, name);
  await expect(panel).toBeVisible();
  return panel;
}

export function latestChangesCard(page: Page): Locator {
  return page.getByRole('region', { name: 'Changes since the last snapshot' });
}

/** The card's numbers, term by term ("Added" → "+50"). */
export async function expectLatestChanges(
  page: Page,
  changes: { added: string; deleted: string; changed: string; total: string },
): Promise<void> {
  const card = latestChangesCard(page);
  const values = card.locator('dd');
  await expect(card.locator('dt')).toHaveText(['Added', 'Deleted', 'Changed', 'Total samples']);
  await expect(values).toHaveText([changes.added, changes.deleted, changes.changed, changes.total]);
}

export function createDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /^Create a snapshot of / });
}

export async function openCreateDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Create snapshot' }).click();
  const dialog = createDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Creates a snapshot through the dialog and waits for its details. */
export async function createSnapshot(page: Page, name: string, description = ''): Promise<Locator> {
  const dialog = await openCreateDialog(page);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  if (description) await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
  await dialog.getByRole('button', { name: 'Create snapshot' }).click();
  await expect(dialog).toBeHidden();
  const panel = snapshotPanel(page, name);
  await expect(panel).toBeVisible();
  return panel;
}

/** The demo's "Simulate edits" (the mock API stands in for editing samples in the app). */
export async function simulateEdits(
  page: Page,
  edits: { added: number; deleted: number; changed: number },
): Promise<void> {
  await latestChangesCard(page).getByRole('button', { name: 'Simulate edits' }).click();
  const dialog = page.getByRole('dialog', { name: 'Simulate edits (demo)' });
  await dialog.getByRole('spinbutton', { name: 'Samples to add' }).fill(String(edits.added));
  await dialog.getByRole('spinbutton', { name: 'Samples to delete' }).fill(String(edits.deleted));
  await dialog.getByRole('spinbutton', { name: 'Samples to change' }).fill(String(edits.changed));
  await dialog.getByRole('button', { name: 'Apply edits' }).click();
  await expect(dialog).toBeHidden();
}

export function revertDialog(page: Page, dataset: string, snapshot: string): Locator {
  return page.getByRole('dialog', { name: `Revert ${dataset} to ${snapshot}?` });
}

export function confirmationField(dialog: Locator, text: string): Locator {
  return dialog.getByRole('textbox', { name: `Type ${text} to confirm` });
}
