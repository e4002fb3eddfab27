import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as AccessPage } from './dataset-access-page.tsx';

// Bulk changes on a dataset's access page, against the mock API: the preview says what will be
// skipped and why, the server's refusals show per row, and the grants end up as the server holds.

const DATASET = 'warehouse-robots-v3';

function renderAccess(as: 'admin' | 'manager' = 'manager') {
  return renderWithProviders(<AccessPage />, {
    as,
    path: `/datasets/${DATASET}`,
    routePath: '/datasets/:datasetName',
  });
}

function dataset() {
  const found = mockEngine.store.datasets.find((d) => d.name === DATASET);
  if (!found) throw new Error('demo seed changed');
  return found;
}

function ownGrant(name: string): string | null {
  const user = mockEngine.store.users.find((u) => u.name === name);
  if (!user) throw new Error('demo seed changed');
  return dataset().userGrants[user.id] ?? null;
}

describe('Bulk changes on a dataset’s access page', () => {
  it('changes many own grants, skips those the rules forbid, and shows a refusal per row', async () => {
    const { user } = renderAccess();
    const people = await screen.findByRole('table', { name: 'People with access' });
    await user.click(
      within(people).getByRole('checkbox', { name: 'Select all people on this page' }),
    );
    const bar = screen.getByRole('region', { name: 'Selected people' });
    expect(within(bar).getByRole('status')).toHaveTextContent('10 selected');
    // The ticks survive paging.
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await user.click(await within(people).findByRole('checkbox', { name: 'Select Milo Okafor' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('11 selected');

    await user.click(within(bar).getByRole('button', { name: 'Change own grants' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Can manage/ }));
    const dialog = await screen.findByRole('dialog', {
      name: `Change own grants on ${DATASET} to Can manage`,
    });
    const skipped = within(dialog).getByRole('list', { name: 'Skipped' });
    // Collaborators and guests cannot hold Can manage; the manager's own grant is left alone.
    expect(within(skipped).getByText('Cleo Marchetti').closest('li')).toHaveTextContent(
      'A collaborator can have at most Can edit; the server refuses Can manage.',
    );
    expect(within(skipped).getByText('Hiroshi Sato').closest('li')).toHaveTextContent(
      'A guest can have at most Can view',
    );
    expect(within(skipped).getByText('Dana Whitfield').closest('li')).toHaveTextContent(
      /^Dana WhitfieldYourself/,
    );
    const outcomes = within(dialog).getByRole('list', { name: 'What will happen' });
    expect(outcomes).toHaveTextContent(/Own grant changed to Can manage: \d+/);

    // Someone's role changes after the preview: the server refuses that one row.
    const lukas = mockEngine.store.users.find((u) => u.name === 'Lukas Becker');
    if (!lukas) throw new Error('demo seed changed');
    lukas.role = 'GUEST';
    await user.click(within(dialog).getByRole('button', { name: /^Change \d+ grants?$/ }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent(/1 failed/);
    const results = within(dialog).getByRole('list', { name: 'Results' });
    expect(within(results).getByText('Lukas Becker').closest('li')).toHaveTextContent(
      /Cannot grant MANAGE to Lukas Becker: a guest can have at most VIEW/,
    );
    expect(ownGrant('Milo Okafor')).toBe('MANAGE');
    expect(ownGrant('Cleo Marchetti')).toBe('EDIT');
    expect(ownGrant('Dana Whitfield')).toBe('MANAGE');

    // Once the role is back, Retry failed sends only that row again.
    lukas.role = 'MEMBER';
    await user.click(within(dialog).getByRole('button', { name: 'Retry failed (1)' }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent(/0 failed/);
    expect(ownGrant('Lukas Becker')).toBe('MANAGE');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    // The page shows what the server holds, and nothing is ticked any more.
    await within(people).findAllByText('Can manage');
    expect(within(bar).getByRole('status')).toHaveTextContent('');
  });

  it('removes many group grants after one confirmation', async () => {
    const { user } = renderAccess('admin');
    const groups = await screen.findByRole('table', { name: 'Groups with access' });
    await user.click(within(groups).getByRole('checkbox', { name: 'Select Data Labeling' }));
    await user.click(within(groups).getByRole('checkbox', { name: 'Select Autonomy Perception' }));
    const bar = screen.getByRole('region', { name: 'Selected groups' });
    expect(within(bar).getByRole('status')).toHaveTextContent('2 selected');
    await user.click(within(bar).getByRole('button', { name: 'Remove group grants' }));
    const dialog = await screen.findByRole('dialog', { name: `Remove group grants on ${DATASET}` });
    expect(within(dialog).getByRole('list', { name: 'What will happen' })).toHaveTextContent(
      'Group grant removed: 2',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove 2 grants' }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('2 done · 0 failed');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('No group has access here.')).toBeInTheDocument();
    expect(dataset().groupGrants).toEqual({});
  });

  it('asks to type the count before removing more than ten grants, across pages', async () => {
    // indoor-scans-3d: Noah Friedman's grant, and eleven more members given one here.
    const indoor = mockEngine.store.datasets.find((d) => d.name === 'indoor-scans-3d');
    if (!indoor) throw new Error('demo seed changed');
    const members = mockEngine.store.users.filter(
      (u) => u.role === 'MEMBER' && !(u.id in indoor.userGrants),
    );
    for (const member of members.slice(0, 11)) indoor.userGrants[member.id] = 'VIEW';
    const { user } = renderWithProviders(<AccessPage />, {
      as: 'admin',
      path: '/datasets/indoor-scans-3d',
      routePath: '/datasets/:datasetName',
    });
    const people = await screen.findByRole('table', { name: 'People with access' });
    await user.click(
      within(people).getByRole('checkbox', { name: 'Select all people on this page' }),
    );
    const bar = screen.getByRole('region', { name: 'Selected people' });
    await user.click(within(bar).getByRole('button', { name: 'Select all 12 matching' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('All 12 matching people selected');
    await user.click(within(bar).getByRole('button', { name: 'Remove own grants' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Remove own grants on indoor-scans-3d',
    });
    const remove = within(dialog).getByRole('button', { name: 'Remove 12 grants' });
    expect(remove).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type 12 to confirm' }), '12');
    await user.click(remove);
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('12 done · 0 failed');
    expect(indoor.userGrants).toEqual({});
  });
});
