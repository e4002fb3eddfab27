import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as InvitationsPage } from '../routes/invitations-page.tsx';
import { Component as UsersPage } from '../routes/users-page.tsx';
import { InviteDialog } from './invite-dialog.tsx';

// The server's featureFlag decides what the console offers for invitations (fiftyone-api.md §15).

describe('With invitations turned off', () => {
  it('the users page hides the invite button and the invitations tab, and says why', async () => {
    mockEngine.store.featureFlag.invitationsEnabled = false;
    renderWithProviders(<UsersPage />, { path: '/users', routePath: '/users' });
    expect(
      await screen.findByText(/Invitations are turned off for this organization/),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Members' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Pending invitations' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite people' })).not.toBeInTheDocument();
  });

  it('the invitations page, reached by a link, gives the reason instead of the list', async () => {
    mockEngine.store.featureFlag.invitationsEnabled = false;
    renderWithProviders(<InvitationsPage />, {
      path: '/users/invitations',
      routePath: '/users/invitations',
    });
    expect(
      await screen.findByText(/Invitations are turned off for this organization/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Pending invitations' })).not.toBeInTheDocument();
  });

  it('with them on, both are offered', async () => {
    renderWithProviders(<UsersPage />, { path: '/users', routePath: '/users' });
    expect(await screen.findByRole('button', { name: 'Invite people' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Pending invitations' })).toBeInTheDocument();
    expect(screen.queryByText(/Invitations are turned off/)).not.toBeInTheDocument();
  });
});

describe('With invitation e-mails turned off', () => {
  it('the invite dialog says the links must be shared by hand, and offers each link to copy', async () => {
    mockEngine.store.featureFlag.invitationEmailsEnabled = false;
    const { user } = renderWithProviders(<InviteDialog open onClose={() => undefined} />);
    expect(
      await screen.findByText(/Invitation e-mails are turned off for this organization/),
    ).toHaveTextContent('copy each invitation’s link and share it yourself');
    await user.type(screen.getByLabelText(/E-mail addresses/), 'by.hand@example.com');
    await user.click(screen.getByRole('button', { name: 'Check e-mails' }));
    await user.click(await screen.findByRole('button', { name: 'Send 1 invitation' }));
    const sent = await screen.findByRole('list', { name: 'Invitations sent' });
    expect(within(sent).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    const created = mockEngine.store.invitations.find((i) => i.email === 'by.hand@example.com');
    expect(created?.emailSentAt).toBeNull();
  });

  it('says nothing of the sort while e-mails are on', async () => {
    renderWithProviders(<InviteDialog open onClose={() => undefined} />);
    await screen.findByRole('dialog', { name: 'Invite people' });
    expect(screen.queryByText(/Invitation e-mails are turned off/)).not.toBeInTheDocument();
  });
});
