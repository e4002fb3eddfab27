import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as GroupsPage } from './groups-page.tsx';

function renderPage(path = '/groups', as: 'admin' | 'member' = 'admin') {
  return renderWithProviders(<GroupsPage />, { as, path, routePath: '*' });
}

const rowOf = async (name: string) =>
  (
    await within(await screen.findByRole('table', { name: 'Groups' })).findByRole('link', { name })
  ).closest('tr');

describe('Groups page', () => {
  it('lists groups by name with their member counts', async () => {
    renderPage();
    expect(await rowOf('External Labelers')).toHaveTextContent('8');
    const grid = screen.getByRole('table', { name: 'Groups' });
    const names = within(grid)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(
      [...mockEngine.store.groups.map((g) => g.name)].sort((a, b) => a.localeCompare(b)),
    );
  });

  it("finds someone's groups with user: and keeps the search in the URL", async () => {
    const { user, router } = renderPage();
    await rowOf('Platform');
    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'user:cleo');
    await expect.poll(() => router.state.location.search).toBe('?q=user%3Acleo');
    const grid = screen.getByRole('table', { name: 'Groups' });
    await expect
      .poll(() =>
        within(grid)
          .queryAllByRole('link')
          .map((l) => l.textContent),
      )
      .toEqual(['External Labelers']);
  });

  it('opens a deep-linked search in the box, and empties it when a link clears the search', async () => {
    const { router } = renderPage('/groups?q=label');
    const box = await screen.findByRole('searchbox', { name: 'Search groups' });
    expect(box).toHaveValue('label');
    const listed = () =>
      within(screen.getByRole('table', { name: 'Groups' }))
        .queryAllByRole('link')
        .map((link) => link.textContent);
    await rowOf('External Labelers');
    await expect.poll(listed).toEqual(['Data Labeling', 'External Labelers']);
    // The navigation's "Groups" link.
    await router.navigate('/groups');
    await expect.poll(() => box).toHaveValue('');
    await expect.poll(() => listed().length).toBe(mockEngine.store.groups.length);
    expect(router.state.location.search).toBe('');
  });

  it('creates a group with members and opens its page', async () => {
    const { user, router } = renderPage();
    await rowOf('Platform');
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a group' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Night Shift');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Lyon nights');
    await user.type(within(dialog).getByRole('combobox', { name: 'Members' }), 'lukas');
    await user.click(await screen.findByRole('option', { name: /Lukas Becker/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    await expect
      .poll(() => mockEngine.store.groups.find((g) => g.name === 'Night Shift'))
      .toMatchObject({ description: 'Lyon nights', slug: 'night-shift' });
    const lukas = mockEngine.store.users.find((u) => u.name === 'Lukas Becker');
    const created = mockEngine.store.groups.find((g) => g.name === 'Night Shift');
    expect(created?.memberIds).toEqual([lukas?.id]);
    await expect.poll(() => router.state.location.pathname).toBe(`/groups/${created?.id ?? ''}`);
  });

  it('reports a taken name on the name field and keeps what was typed', async () => {
    const { user } = renderPage();
    await rowOf('Platform');
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a group' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.type(name, 'platform');
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(
      await within(dialog).findByText('A group named platform already exists'),
    ).toBeInTheDocument();
    expect(name).toHaveValue('platform');
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains to a member that only admins manage groups', async () => {
    renderPage('/groups', 'member');
    expect(await screen.findByText(/Only admins can manage groups/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
