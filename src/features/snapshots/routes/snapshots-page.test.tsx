import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as SnapshotsPage } from './snapshots-page.tsx';

function renderPage(path: string, as: 'admin' | 'manager' | 'member' = 'manager') {
  return renderWithProviders(<SnapshotsPage />, {
    as,
    path,
    routePath: '/snapshots/:datasetName?/:snapshotName?',
  });
}

function datasetRecord(name: string) {
  const dataset = mockEngine.store.datasets.find((d) => d.name === name);
  if (!dataset) throw new Error(`the demo seed has no ${name}`);
  return dataset;
}

function snapshotNames(name: string): string[] {
  const dataset = datasetRecord(name);
  return mockEngine.store.snapshots.filter((s) => s.datasetId === dataset.id).map((s) => s.name);
}

async function historyRows() {
  const table = await screen.findByRole('table', { name: 'Snapshot history' });
  return within(table).getAllByRole('row').slice(1);
}

describe('Snapshots: a dataset’s history', () => {
  it('shows every snapshot in creation order with its change summary and the cached changes', async () => {
    renderPage('/snapshots/warehouse-robots-v3');
    const rows = await historyRows();
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(
      snapshotNames('warehouse-robots-v3'),
    );
    const dataset = datasetRecord('warehouse-robots-v3');
    const summary = mockEngine.store.snapshots.find(
      (s) => s.name === 'v2.1-relabel',
    )?.linearChangeSummary;
    const last = rows[3];
    if (!summary || !last) throw new Error('the seed changed');
    expect(
      within(last)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(4),
    ).toEqual([
      `+${summary.numSamplesAdded.toLocaleString()}`,
      `−${summary.numSamplesDeleted.toLocaleString()}`,
      summary.numSamplesChanged.toLocaleString(),
      summary.totalSamples.toLocaleString(),
    ]);
    const card = screen.getByRole('region', { name: 'Changes since the last snapshot' });
    expect(
      within(card)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['+120', '−8', '340', dataset.samplesCount.toLocaleString()]);
    expect(card).toHaveTextContent(/Calculated .* ago/);
    // Simulated sample edits are the demo's alone, even where the API offers them (the mock's).
    expect(within(card).queryByRole('button', { name: 'Simulate edits' })).not.toBeInTheDocument();
    // The chart's code loads with the first history that has one to draw.
    expect(await screen.findByText(/^4 snapshots: total samples went from/)).toBeInTheDocument();
  });

  it('checks the name before sending, and keeps the input when the server refuses', async () => {
    const { user } = renderPage('/snapshots/warehouse-robots-v3');
    await historyRows();
    const before = mockEngine.store.snapshots.length;
    await user.click(screen.getByRole('button', { name: 'Create snapshot' }));
    const dialog = await screen.findByRole('dialog', { name: /Create a snapshot of/ });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.type(name, ' v2.0-night-shift ');
    await user.click(within(dialog).getByRole('button', { name: 'Create snapshot' }));
    expect(
      await within(dialog).findByText('This dataset already has a snapshot named v2.0-night-shift'),
    ).toBeInTheDocument();
    expect(mockEngine.store.snapshots).toHaveLength(before);

    await user.clear(name);
    await user.type(name, 'v3.0');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Q3 release');
    mockEngine.setScenario('graphql-error');
    await user.click(within(dialog).getByRole('button', { name: 'Create snapshot' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Creating the snapshot failed: Simulated GraphQL error',
    );
    expect(name).toHaveValue('v3.0');
    expect(mockEngine.store.snapshots).toHaveLength(before);

    mockEngine.setScenario(null);
    await user.click(within(dialog).getByRole('button', { name: 'Create snapshot' }));
    expect(await screen.findByRole('region', { name: 'Snapshot v3.0' })).toHaveTextContent(
      'Q3 release',
    );
    expect(screen.queryByRole('dialog', { name: /Create a snapshot of/ })).not.toBeInTheDocument();
    const created = mockEngine.store.snapshots.find((s) => s.name === 'v3.0');
    expect(created?.linearChangeSummary).toMatchObject({
      numSamplesAdded: 120,
      numSamplesDeleted: 8,
      numSamplesChanged: 340,
    });
  });

  it('reverts only after the name is typed, naming every newer snapshot that goes', async () => {
    const { user } = renderPage('/snapshots/warehouse-robots-v3/v1.1-fix-occlusions');
    const panel = await screen.findByRole('region', { name: 'Snapshot v1.1-fix-occlusions' });
    await user.click(within(panel).getByRole('button', { name: 'Revert to this snapshot' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Revert warehouse-robots-v3 to v1.1-fix-occlusions?',
    });
    const doomed = within(dialog).getByRole('list', { name: 'Snapshots that will be deleted' });
    expect(
      within(doomed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['v2.0-night-shift', 'v2.1-relabel']);
    const confirm = within(dialog).getByRole('button', { name: 'Revert dataset' });
    expect(confirm).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type v1.1-fix-occlusions to confirm' }),
      'v1.1-fix-occlusions',
    );
    await user.click(confirm);
    await expect
      .poll(() => snapshotNames('warehouse-robots-v3'))
      .toEqual(['v1.0-baseline', 'v1.1-fix-occlusions']);
    await expect.poll(async () => (await historyRows()).length).toBe(2);
    const total = mockEngine.store.snapshots.find((s) => s.name === 'v1.1-fix-occlusions')
      ?.linearChangeSummary?.totalSamples;
    expect(datasetRecord('warehouse-robots-v3').samplesCount).toBe(total);
  });

  it('deletes behind a confirmation and recomputes the next snapshot’s summary', async () => {
    const { user, router } = renderPage('/snapshots/warehouse-robots-v3/v2.0-night-shift');
    const panel = await screen.findByRole('region', { name: 'Snapshot v2.0-night-shift' });
    const summaryOf = (name: string) =>
      mockEngine.store.snapshots.find(
        (s) => s.name === name && s.datasetId === datasetRecord('warehouse-robots-v3').id,
      )?.linearChangeSummary;
    const middle = summaryOf('v2.0-night-shift');
    const next = summaryOf('v2.1-relabel');
    await user.click(within(panel).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete snapshot v2.0-night-shift?' });
    expect(dialog).toHaveTextContent(
      'The next snapshot, v2.1-relabel, will count its changes from v1.1-fix-occlusions.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete snapshot' }));
    await expect.poll(() => router.state.location.pathname).toBe('/snapshots/warehouse-robots-v3');
    expect(snapshotNames('warehouse-robots-v3')).not.toContain('v2.0-night-shift');
    expect(summaryOf('v2.1-relabel')?.numSamplesAdded).toBe(
      (middle?.numSamplesAdded ?? 0) + (next?.numSamplesAdded ?? 0),
    );
    await expect.poll(async () => (await historyRows()).length).toBe(3);
  });

  it('archives with the in-progress state shown, then unarchives', async () => {
    const { user } = renderPage('/snapshots/warehouse-robots-v3/v1.0-baseline');
    const panel = await screen.findByRole('region', { name: 'Snapshot v1.0-baseline' });
    mockEngine.setScenario('slow');
    await user.click(within(panel).getByRole('button', { name: 'Archive' }));
    expect(await within(panel).findByRole('button', { name: 'Archiving…' })).toBeDisabled();
    const row = (await historyRows())[0];
    expect(row).toHaveTextContent('Archiving…');
    // The request already on its way stays slow; what follows is not.
    mockEngine.setScenario(null);
    expect(
      await within(panel).findByRole('button', { name: 'Unarchive' }, { timeout: 6000 }),
    ).toBeEnabled();
    expect(row).toHaveTextContent('Archived');
    expect(within(panel).getByRole('button', { name: 'Load for browsing' })).toBeDisabled();
    expect(within(panel).getByRole('button', { name: 'Revert to this snapshot' })).toBeDisabled();
    await user.click(within(panel).getByRole('button', { name: 'Unarchive' }));
    expect(await within(panel).findByRole('button', { name: 'Archive' })).toBeEnabled();
    expect(
      mockEngine.store.snapshots.find(
        (s) =>
          s.name === 'v1.0-baseline' && s.datasetId === datasetRecord('warehouse-robots-v3').id,
      )?.archivedAt,
    ).toBeNull();
  });

  it('shows a member the history without the managing buttons, and says why', async () => {
    renderPage('/snapshots/warehouse-robots-v3/v2.0-night-shift', 'member');
    const panel = await screen.findByRole('region', { name: 'Snapshot v2.0-night-shift' });
    expect(await historyRows()).toHaveLength(4);
    for (const name of ['Archive', 'Revert to this snapshot', 'Delete', 'Offload']) {
      expect(within(panel).queryByRole('button', { name })).not.toBeInTheDocument();
    }
    const create = screen.getByRole('button', { name: 'Create snapshot' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription(
      /needs Can manage on warehouse-robots-v3; you have Can edit/,
    );
  });

  it('says when the dataset does not exist or cannot be seen', async () => {
    renderPage('/snapshots/lidar-highway-scenes', 'member');
    expect(await screen.findByText('Dataset not found')).toBeInTheDocument();
    expect(
      screen.getByText(/no dataset named lidar-highway-scenes, or you cannot see it/),
    ).toBeInTheDocument();
  });

  it('says what failed and retries', async () => {
    mockEngine.setScenario('server-error');
    const { user } = renderPage('/snapshots/warehouse-robots-v3');
    const alert = (await screen.findByText(/Loading the snapshot history failed/)).closest(
      '[role="alert"]',
    );
    expect(alert).toHaveTextContent('Internal server error (simulated)');
    mockEngine.setScenario(null);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await historyRows()).toHaveLength(4);
  });
});

describe('Snapshots: choosing a dataset', () => {
  it('opens a deep-linked search in the box, and empties it when a link clears the search', async () => {
    const { router } = renderPage('/snapshots?q=warehouse', 'member');
    const box = await screen.findByRole('searchbox', { name: 'Search datasets' });
    expect(box).toHaveValue('warehouse');
    const table = await screen.findByRole('table', { name: 'Datasets' });
    await expect.poll(() => within(table).getAllByRole('row').length).toBe(2);
    // The navigation's "Snapshots" link.
    await router.navigate('/snapshots');
    await expect.poll(() => box).toHaveValue('');
    await expect.poll(() => within(table).getAllByRole('row').length).toBeGreaterThan(2);
    expect(router.state.location.search).toBe('');
  });

  it('lists the datasets the viewer can see, searched on the server, state in the URL', async () => {
    const { user, router } = renderPage('/snapshots', 'member');
    const table = await screen.findByRole('table', { name: 'Datasets' });
    expect(
      within(table).queryByRole('link', { name: 'lidar-highway-scenes' }),
    ).not.toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search datasets' }), 'warehouse');
    await expect.poll(() => router.state.location.search).toBe('?q=warehouse');
    await expect.poll(() => within(table).getAllByRole('row').length).toBe(2);
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('no row');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'warehouse-robots-v3',
      datasetRecord('warehouse-robots-v3').samplesCount.toLocaleString(),
      'Can edit',
      '4',
      expect.stringMatching(/^v2\.1-relabel \(/) as unknown,
      expect.any(String) as unknown,
    ]);
  });
});
