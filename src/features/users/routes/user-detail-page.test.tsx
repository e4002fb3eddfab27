import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { Component as UserDetailPage } from './user-detail-page.tsx';

function userId(email: string): string {
  const found = mockEngine.store.users.find((u) => u.email === email);
  if (!found) throw new Error(`no user ${email}`);
  return found.id;
}

function renderUser(email: string) {
  return renderWithProviders(<UserDetailPage />, {
    path: `/users/${userId(email)}`,
    routePath: '/users/:userId',
  });
}

describe('UserDetailPage', () => {
  it('refuses to delete your own account up front, and says why', async () => {
    renderUser(persona('admin').email);
    const button = await screen.findByRole('button', { name: 'Delete user' });
    await screen.findByText('You');
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'You cannot delete your own account: another admin has to do it.',
    );
  });

  it('offers to delete someone else', async () => {
    const { user } = renderUser(persona('member').email);
    await screen.findByRole('heading', { name: 'Milo Okafor' });
    const button = screen.getByRole('button', { name: 'Delete user' });
    expect(button).toBeEnabled();
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Delete Milo Okafor?' })).toBeVisible();
  });

  it('after demoting yourself, shows the page as your new role sees it', async () => {
    const { user } = renderUser(persona('admin').email);
    await user.click(await screen.findByRole('button', { name: 'Change role' }));
    await user.click(await screen.findByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: /Member/ }));
    await user.click(screen.getByRole('button', { name: 'Make Member' }));
    expect(await screen.findByText('You are now a Member.')).toBeInTheDocument();
    expect(
      await screen.findByText(/Only admins can manage users\. Your role is member/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
