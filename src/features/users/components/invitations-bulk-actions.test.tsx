import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as InvitationsPage } from '../routes/invitations-page.tsx';

describe('Revoking many pending invitations', () => {
  it('revokes the ticked ones and shows the answer for each, refusals included', async () => {
    const store = mockEngine.store;
    const [first, second, third] = store.invitations;
    if (!first || !second || !third) throw new Error('the demo seed has three invitations');
    const { user } = renderWithProviders(<InvitationsPage />, { path: '/users/invitations' });
    const table = await screen.findByRole('table', { name: 'Pending invitations' });
    for (const invitation of [first, second]) {
      await user.click(
        within(table).getByRole('checkbox', {
          name: `Select the invitation of ${invitation.email}`,
        }),
      );
    }
    const bar = screen.getByRole('region', { name: 'Selected invitations' });
    expect(within(bar).getByRole('status')).toHaveTextContent('2 selected');

    // Someone else revokes the second meanwhile: the server refuses that row only.
    store.invitations = store.invitations.filter((i) => i.id !== second.id);
    await user.click(within(bar).getByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke invitations' });
    expect(within(dialog).getByRole('list', { name: 'What will happen' })).toHaveTextContent(
      /Revoke, freeing a .* seat/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Revoke 2 invitations' }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('1 done · 1 failed');
    const results = within(dialog).getByRole('list', { name: 'Results' });
    const refused = within(results).getByText(second.email).closest('li');
    expect(refused).toHaveTextContent('Failed');
    expect(store.invitations.map((i) => i.id)).not.toContain(first.id);
    expect(store.invitations.map((i) => i.id)).toContain(third.id);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    // One refresh at the end: the list no longer shows the revoked one.
    expect(await screen.findByText(third.email)).toBeInTheDocument();
    expect(screen.queryByText(first.email)).toBeNull();
  });

  it('ticks every invitation the filter shows with one box', async () => {
    const store = mockEngine.store;
    const { user } = renderWithProviders(<InvitationsPage />, { path: '/users/invitations' });
    const table = await screen.findByRole('table', { name: 'Pending invitations' });
    await user.click(
      within(table).getByRole('checkbox', { name: 'Select all pending invitations on this page' }),
    );
    const bar = screen.getByRole('region', { name: 'Selected invitations' });
    expect(within(bar).getByRole('status')).toHaveTextContent(
      `${store.invitations.length} selected`,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Filter by e-mail' }), 'x');
    expect(within(bar).getByRole('status')).toHaveTextContent('');
  });
});
