import {
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  openApp,
  persona,
  test,
} from './helpers/app.ts';
import {
  becomePersona,
  latestChangesCard,
  openDatasetSnapshots,
  paths,
  snapshotRows,
} from './helpers/snapshots.ts';

// Someone who can see a dataset but not manage it: Milo (member) can edit warehouse-robots-v3.

test('a member sees the history without the managing buttons, and the API refuses them', async ({
  page,
}) => {
  await openApp(page, paths.snapshots.list());
  await becomePersona(page, 'Member: Milo Okafor');
  await openDatasetSnapshots(page, 'warehouse-robots-v3', 'v2.0-night-shift');

  await expect(snapshotRows(page)).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Create snapshot' })).toBeDisabled();
  await expect(
    page
      .getByText(
        'Creating, deleting, reverting and archiving snapshots needs Can manage on warehouse-robots-v3; you have Can edit.',
      )
      .first(),
  ).toBeVisible();
  const panel = page.getByRole('region', { name: 'Snapshot v2.0-night-shift' });
  await expect(panel).toContainText('Loaded');
  for (const name of ['Archive', 'Revert to this snapshot', 'Delete', 'Offload']) {
    await expect(panel.getByRole('button', { name })).toHaveCount(0);
  }
  // Recalculating is open to everyone who can see the dataset.
  await expect(latestChangesCard(page).getByRole('button', { name: 'Recalculate' })).toBeEnabled();
  await expectNoSeriousA11yViolations(page);

  const refused = await graphqlAs(
    page,
    persona('member').apiKey,
    'mutation { deleteDatasetSnapshot(datasetIdentifier: "warehouse-robots-v3", snapshotName: "v1.0-baseline") }',
  );
  expect(refused.body.errors?.[0]).toMatchObject({
    message:
      'Only admins and people who can manage the dataset warehouse-robots-v3 can delete its snapshots',
    extensions: { code: 'FORBIDDEN' },
  });
  await page.reload();
  await expect(snapshotRows(page)).toHaveCount(4);
});
