import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as GroupDetailPage } from './group-detail-page.tsx';

function group(name: string) {
  const found = mockEngine.store.groups.find((g) => g.name === name);
  if (!found) throw new Error('demo seed changed');
  return found;
}

function renderGroup(name: string) {
  const { id } = group(name);
  return {
    id,
    ...renderWithProviders(<GroupDetailPage />, {
      path: `/groups/${id}`,
      routePath: '/groups/:groupId',
    }),
  };
}

describe('Group page', () => {
  it('shows the members and the datasets the group can access with its grant', async () => {
    renderGroup('External Labelers');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'External Labelers' }),
    ).toBeInTheDocument();
    const members = await screen.findByRole('table', { name: 'Members of External Labelers' });
    expect(
      await within(members).findByRole('link', { name: 'Cleo Marchetti' }),
    ).toBeInTheDocument();
    const datasets = await screen.findByRole('table', {
      name: 'Datasets External Labelers can access',
    });
    const rows = within(datasets)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'label-qa-sandboxCan edit',
      'retail-shelf-detectionCan tag',
      'traffic-signs-euCan tag',
    ]);
  });

  it('renames the group', async () => {
    const { user, id } = renderGroup('Interns');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Interns' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Summer Interns');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Summer Interns' }),
    ).toBeInTheDocument();
    expect(mockEngine.store.groups.find((g) => g.id === id)?.slug).toBe('summer-interns');
  });

  it('lists the dataset grants that disappear before deleting, and asks for the name', async () => {
    const { user, id } = renderGroup('Interns');
    await user.click(await screen.findByRole('button', { name: 'Delete group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Interns?' });
    const grants = within(dialog).getByRole('list', { name: 'Dataset grants that disappear' });
    expect(
      within(grants)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['coco-2017-validationCan tag', 'label-qa-sandboxCan edit']);
    const confirm = within(dialog).getByRole('button', { name: 'Delete group' });
    expect(confirm).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type Interns to confirm' }),
      'Interns',
    );
    await user.click(confirm);
    await expect.poll(() => mockEngine.store.groups.some((g) => g.id === id)).toBe(false);
    expect(mockEngine.store.datasets.some((d) => Object.hasOwn(d.groupGrants, id))).toBe(false);
  });
});

describe('Group page › Add members', () => {
  function userId(name: string): string {
    const found = mockEngine.store.users.find((u) => u.name === name);
    if (!found) throw new Error('demo seed changed');
    return found.id;
  }

  async function pick(user: ReturnType<typeof renderGroup>['user'], typed: string) {
    const picker = await screen.findByRole('combobox', { name: 'Add members' });
    await user.clear(picker);
    await user.type(picker, typed);
    return picker;
  }

  it('does not offer people already in the group', async () => {
    const { user } = renderGroup('Interns');
    await screen.findByRole('table', { name: 'Members of Interns' });
    await pick(user, 'Aisha');
    expect(
      await screen.findByText('Everyone who matches is already in Interns'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Aisha Bello/ })).not.toBeInTheDocument();
    await pick(user, 'Grace');
    expect(await screen.findByRole('option', { name: /Grace Nakamura/ })).toBeInTheDocument();
  });

  it('says who joined, and that nothing changed for someone added meanwhile', async () => {
    const { user } = renderGroup('Interns');
    await screen.findByRole('table', { name: 'Members of Interns' });
    await pick(user, 'Grace');
    await user.click(await screen.findByRole('option', { name: /Grace Nakamura/ }));
    await pick(user, 'Tomás');
    await user.click(await screen.findByRole('option', { name: /Tomás Herrera/ }));
    // Another admin adds Grace before this one clicks Add.
    group('Interns').memberIds.push(userId('Grace Nakamura'));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(
      await screen.findByText(
        'Tomás Herrera added to Interns. Grace Nakamura was already a member.',
      ),
    ).toBeInTheDocument();

    await pick(user, 'Noah');
    await user.click(await screen.findByRole('option', { name: /Noah Friedman/ }));
    group('Interns').memberIds.push(userId('Noah Friedman'));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(
      await screen.findByText('Noah Friedman is already in Interns: nothing changed.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Noah Friedman added/)).not.toBeInTheDocument();
  });
});
