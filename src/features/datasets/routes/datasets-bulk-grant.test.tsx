import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { newBulkRun, saveBulkRun } from '../../../lib/bulk-run.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as DatasetsPage } from './datasets-page.tsx';

// "Grant access" on many datasets from the Datasets list, against the mock API.

// Dana Whitfield (the manager persona) manages these four datasets in the demo seed.
const MANAGED = [
  'autonomy-multicam-v2',
  'lidar-highway-scenes',
  'retail-shelf-detection',
  'warehouse-robots-v3',
];

function renderPage(path: string, as: 'admin' | 'manager') {
  return renderWithProviders(<DatasetsPage />, { as, path, routePath: '/datasets' });
}

function groupGrant(datasetName: string, groupName: string): string | null {
  const dataset = mockEngine.store.datasets.find((d) => d.name === datasetName);
  const group = mockEngine.store.groups.find((g) => g.name === groupName);
  if (!dataset || !group) throw new Error('demo seed changed');
  return dataset.groupGrants[group.id] ?? null;
}

function ownGrant(datasetName: string, personName: string): string | null {
  const dataset = mockEngine.store.datasets.find((d) => d.name === datasetName);
  const user = mockEngine.store.users.find((u) => u.name === personName);
  if (!dataset || !user) throw new Error('demo seed changed');
  return dataset.userGrants[user.id] ?? null;
}

describe('Granting on many datasets from the list', () => {
  it('as a manager, grants a group on the datasets they manage and skips the others, saying why', async () => {
    const { user } = renderPage('/datasets', 'manager');
    const table = await screen.findByRole('table', { name: 'Datasets' });
    await within(table).findByText('drone-inspection-3d');
    const shown = within(table).getAllByRole('checkbox', { name: /^Select (?!all)/ }).length;
    await user.click(
      within(table).getByRole('checkbox', { name: 'Select all datasets on this page' }),
    );
    const bar = screen.getByRole('region', { name: 'Selected datasets' });
    expect(within(bar).getByRole('status')).toHaveTextContent(`${shown} selected`);
    await user.click(within(bar).getByRole('button', { name: 'Grant access' }));

    const form = await screen.findByRole('dialog', { name: `Grant access on ${shown} datasets` });
    await user.type(within(form).getByRole('combobox', { name: 'Group' }), 'Interns');
    await user.click(within(form).getByRole('button', { name: 'Preview' }));

    const dialog = await screen.findByRole('dialog', { name: 'Grant group Interns Can view' });
    expect(within(dialog).getByRole('list', { name: 'What will happen' })).toHaveTextContent(
      'Group Interns gets Can view (each member at most what their role allows): 4',
    );
    const skipped = within(dialog).getByRole('list', { name: 'Skipped' });
    expect(within(skipped).getAllByRole('listitem')).toHaveLength(shown - MANAGED.length);
    expect(within(skipped).getByText('drone-inspection-3d').closest('li')).toHaveTextContent(
      'You do not manage it (you have Can view); only admins and its managers can change who has access.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Grant on 4 datasets' }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('4 done · 0 failed');
    for (const name of MANAGED) expect(groupGrant(name, 'Interns')).toBe('VIEW');
    // Not sent where Dana does not manage: the group keeps what it had there.
    expect(groupGrant('coco-2017-validation', 'Interns')).toBe('TAG');
    expect(groupGrant('drone-inspection-3d', 'Interns')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('');
  });

  it('as an admin, grants a person on every matching dataset, within their role’s cap', async () => {
    const { user } = renderPage('/datasets?pageSize=10', 'admin');
    const table = await screen.findByRole('table', { name: 'Datasets' });
    await within(table).findByText('coco-2017-validation');
    await user.click(
      within(table).getByRole('checkbox', { name: 'Select all datasets on this page' }),
    );
    const bar = screen.getByRole('region', { name: 'Selected datasets' });
    const total = mockEngine.store.datasets.length;
    await user.click(within(bar).getByRole('button', { name: `Select all ${total} matching` }));
    expect(within(bar).getByRole('status')).toHaveTextContent(
      `All ${total} matching datasets selected`,
    );
    await user.click(within(bar).getByRole('button', { name: 'Grant access' }));

    const form = await screen.findByRole('dialog', { name: `Grant access on ${total} datasets` });
    await user.click(within(form).getByRole('radio', { name: 'A person' }));
    await user.click(within(form).getByRole('combobox', { name: 'Permission' }));
    await user.click(await screen.findByRole('option', { name: /^Can edit/ }));
    await user.type(within(form).getByRole('combobox', { name: 'Person' }), 'Hiroshi');
    await user.click(await screen.findByRole('option', { name: /Hiroshi Sato/ }));
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    // A guest cannot hold Can edit: said next to the field, nothing sent.
    expect(await within(form).findByText('Guests can have at most Can view')).toBeInTheDocument();

    await user.click(within(form).getByRole('combobox', { name: 'Permission' }));
    await user.click(await screen.findByRole('option', { name: /^Can view/ }));
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Grant Hiroshi Sato Can view' });
    // An admin's preview knows Hiroshi's own grants: where he already has Can view, nothing is sent.
    const already = ['fleet-dashcam-2025', 'warehouse-robots-v3'];
    const skipped = within(dialog).getByRole('list', { name: 'Skipped' });
    for (const name of already) {
      expect(within(skipped).getByText(name).closest('li')).toHaveTextContent(
        'Already has Can view of their own.',
      );
    }
    const sent = total - already.length;
    expect(within(dialog).getByRole('list', { name: 'What will happen' })).toHaveTextContent(
      `Hiroshi Sato gets Can view of their own (new grant): ${sent}`,
    );
    await user.click(within(dialog).getByRole('button', { name: `Grant on ${sent} datasets` }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent(
      `${sent} done · 0 failed`,
    );
    for (const dataset of mockEngine.store.datasets) {
      expect(ownGrant(dataset.name, 'Hiroshi Sato')).toBe('VIEW');
    }
  });

  it('after a reload mid-run, says which grants were applied and which were not', async () => {
    const run = newBulkRun('Grant group Interns Can view', 'datasets', [
      { key: 'd1', label: 'lidar-highway-scenes' },
      { key: 'd2', label: 'warehouse-robots-v3' },
      { key: 'd3', label: 'retail-shelf-detection' },
    ]);
    const [first, ...rest] = run.rows;
    if (!first) throw new Error('no rows');
    saveBulkRun({ ...run, rows: [{ ...first, status: 'done' }, ...rest] });
    renderPage('/datasets', 'manager');
    expect(
      await screen.findByText(
        /“Grant group Interns Can view” was interrupted by a reload: 1 applied, 2 not applied\. Not applied: warehouse-robots-v3, retail-shelf-detection\./,
      ),
    ).toBeInTheDocument();
  });
});
