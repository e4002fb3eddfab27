import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as UserDetailPage } from '../routes/user-detail-page.tsx';

function group(name: string) {
  const found = mockEngine.store.groups.find((g) => g.name === name);
  if (!found) throw new Error('demo seed changed');
  return found;
}

function renderMilo() {
  const milo = mockEngine.store.users.find((u) => u.email === 'milo.member@acme.ai');
  if (!milo) throw new Error('demo seed changed');
  return {
    milo,
    ...renderWithProviders(<UserDetailPage />, {
      path: `/users/${milo.id}`,
      routePath: '/users/:userId',
    }),
  };
}

describe("A user's groups", () => {
  it('adds the user to a group found by name', async () => {
    const { user, milo } = renderMilo();
    const panel = await screen.findByRole('region', { name: 'Groups' });
    const mine = await within(panel).findByRole('list', { name: 'Groups of Milo Okafor' });
    expect(
      within(mine)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Data Labeling', 'Interns']);
    await user.type(within(panel).getByRole('combobox', { name: 'Add to a group' }), 'platf');
    await user.click(await screen.findByRole('option', { name: 'Platform' }));
    await user.click(within(panel).getByRole('button', { name: 'Add' }));
    await expect.poll(() => group('Platform').memberIds.includes(milo.id)).toBe(true);
    expect(await within(mine).findByRole('link', { name: 'Platform' })).toBeInTheDocument();
  });

  it('removes the user from a group after a confirmation that says what is lost', async () => {
    const { user, milo } = renderMilo();
    await user.click(
      await screen.findByRole('button', { name: 'Remove Milo Okafor from Interns' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Remove Milo Okafor from Interns?' });
    expect(dialog).toHaveTextContent('loses whatever dataset access Interns gave them');
    expect(group('Interns').memberIds).toContain(milo.id);
    await user.click(within(dialog).getByRole('button', { name: 'Remove from group' }));
    await expect.poll(() => group('Interns').memberIds.includes(milo.id)).toBe(false);
    expect(screen.queryByRole('link', { name: 'Interns' })).not.toBeInTheDocument();
  });
});
