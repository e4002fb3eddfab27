import {
  expect,
  expectNoSeriousA11yViolations,
  openApp,
  setMockScenario,
  test,
} from './helpers/app.ts';
import {
  becomePersona,
  confirmationField,
  createSnapshot,
  expectLatestChanges,
  expectRowChanges,
  historyTable,
  latestChangesCard,
  openCreateDialog,
  openDatasetSnapshots,
  openSnapshot,
  paths,
  revertDialog,
  simulateEdits,
  snapshotRow,
  snapshotRows,
} from './helpers/snapshots.ts';

// A dataset manager versions a dataset: Dana manages autonomy-multicam-v2 (9,600 samples, no
// snapshot yet).
const DATASET = 'autonomy-multicam-v2';

test('a dataset manager creates snapshots, recalculates, archives and reverts', async ({
  page,
}) => {
  // One long scenario: give it room on a busy CI machine.
  test.setTimeout(180_000);
  await openApp(page, paths.snapshots.list());
  await becomePersona(page, 'Dataset manager: Dana Whitfield');
  await openDatasetSnapshots(page, DATASET);
  await expect(page.getByText('No snapshots yet')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The first snapshot counts every sample as added; creating resets the changes to zero.
  const first = await createSnapshot(page, 'e2e-first', 'Before the relabel');
  await expect(first).toContainText('Position1 of 1');
  await expectRowChanges(snapshotRow(page, 'e2e-first'), {
    added: '+9,600',
    deleted: '0',
    changed: '0',
    total: '9,600',
  });
  await expectLatestChanges(page, { added: '0', deleted: '0', changed: '0', total: '9,600' });

  // Edits are not counted until the summary is recalculated.
  await simulateEdits(page, { added: 50, deleted: 5, changed: 20 });
  await expectLatestChanges(page, { added: '0', deleted: '0', changed: '0', total: '9,600' });
  await latestChangesCard(page).getByRole('button', { name: 'Recalculate' }).click();
  await expectLatestChanges(page, { added: '+50', deleted: '−5', changed: '20', total: '9,645' });
  await expect(latestChangesCard(page)).toContainText(/Calculated (now|\d+ seconds? ago)/);

  // The name is checked before anything is sent.
  const dialog = await openCreateDialog(page);
  await dialog.getByRole('textbox', { name: 'Name' }).fill('e2e-first');
  await dialog.getByRole('button', { name: 'Create snapshot' }).click();
  await expect(
    dialog.getByText('This dataset already has a snapshot named e2e-first'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const second = await createSnapshot(page, 'e2e-second');
  await expectRowChanges(snapshotRow(page, 'e2e-second'), {
    added: '+50',
    deleted: '−5',
    changed: '20',
    total: '9,645',
  });

  // Archive, then unarchive: an archived snapshot cannot be reverted to.
  await second.getByRole('button', { name: 'Archive' }).click();
  await expect(snapshotRow(page, 'e2e-second')).toContainText('Archived');
  await expect(second.getByRole('button', { name: 'Revert to this snapshot' })).toBeDisabled();
  await second.getByRole('button', { name: 'Unarchive' }).click();
  await expect(snapshotRow(page, 'e2e-second')).toContainText('Not loaded');
  await expect(second.getByRole('button', { name: 'Archive' })).toBeEnabled();

  // Revert to the first: the dialog names the snapshot that goes, and wants the name typed.
  const firstPanel = await openSnapshot(page, 'e2e-first');
  await firstPanel.getByRole('button', { name: 'Revert to this snapshot' }).click();
  const revert = revertDialog(page, DATASET, 'e2e-first');
  await expect(revert.getByRole('list', { name: 'Snapshots that will be deleted' })).toHaveText(
    'e2e-second',
  );
  await expectNoSeriousA11yViolations(page);
  const confirmButton = revert.getByRole('button', { name: 'Revert dataset' });
  await expect(confirmButton).toBeDisabled();
  await confirmationField(revert, 'e2e-first').fill('e2e-first');
  await confirmButton.click();
  await expect(revert).toBeHidden();

  await expect(snapshotRows(page)).toHaveCount(1);
  await expect(snapshotRow(page, 'e2e-second')).toHaveCount(0);
  await expect(page.getByText('1 snapshot · 9,600 samples now')).toBeVisible();
  await expectLatestChanges(page, { added: '0', deleted: '0', changed: '0', total: '9,600' });
});

test('a deep link opens a snapshot; a failing API says what failed and Retry recovers', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 500/);
  await openApp(page, paths.snapshots.list());
  await expect(page.getByRole('table', { name: 'Datasets' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search datasets' }).fill('traffic');
  await expect(page.getByRole('table', { name: 'Datasets' }).getByRole('row')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  await setMockScenario(page, 'server-error');
  await page.getByRole('link', { name: 'traffic-signs-eu' }).click();
  const failure = page
    .getByRole('alert')
    .filter({ hasText: 'Loading the snapshot history failed' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Internal server error (simulated)');

  await setMockScenario(page, null);
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(historyTable(page)).toBeVisible();
  await expect(snapshotRows(page)).toHaveCount(5);

  // A deep link to one snapshot: its details, and its row marked in the history.
  await openDatasetSnapshots(page, 'traffic-signs-eu', 'v1.0-baseline');
  const panel = page.getByRole('region', { name: 'Snapshot v1.0-baseline' });
  await expect(panel).toContainText('Archived');
  await expect(panel.getByRole('button', { name: 'Load for browsing' })).toBeDisabled();
  await expect(
    snapshotRow(page, 'v1.0-baseline').getByRole('link', { name: 'v1.0-baseline' }),
  ).toHaveAttribute('aria-current', 'true');
  await expectNoSeriousA11yViolations(page);
});
