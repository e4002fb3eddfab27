import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as InvitationsPage } from './invitations-page.tsx';

function memberInvitation() {
  const found = mockEngine.store.invitations.find((i) => i.role === 'MEMBER');
  if (!found) throw new Error('the demo seed has a pending member invitation');
  return { ...found };
}

/** Opens "Send again" on one invitation's row. */
async function openReissue(email: string) {
  const rendered = renderWithProviders(<InvitationsPage />, { path: '/users/invitations' });
  await rendered.user.click(
    await screen.findByRole('button', { name: `Send again: the invitation of ${email}` }),
  );
  const dialog = await screen.findByRole('dialog', {
    name: `Send the invitation of ${email} again`,
  });
  return { ...rendered, dialog };
}

const pendingFor = (email: string) => mockEngine.store.invitations.filter((i) => i.email === email);

describe('Sending an invitation again', () => {
  it('changes its role in one step: the old link goes, a new one comes', async () => {
    const before = memberInvitation();
    mockEngine.store.licence.collaborators += 5;
    const { user, dialog } = await openReissue(before.email);
    expect(dialog).toHaveTextContent('The current link stops working');
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: /^Collaborator/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Invite as Collaborator' }));
    expect(
      await screen.findByText(`${before.email} is now invited as Collaborator, with a new link.`),
    ).toBeInTheDocument();
    const after = pendingFor(before.email);
    expect(after).toHaveLength(1);
    expect(after[0]?.role).toBe('COLLABORATOR');
    expect(after[0]?.token).not.toBe(before.token);
  });

  it('sends it again with the same role and a fresh link', async () => {
    const before = memberInvitation();
    const { user, dialog } = await openReissue(before.email);
    await user.click(within(dialog).getByRole('button', { name: 'Send again' }));
    expect(
      await screen.findByText(`The invitation of ${before.email} was sent again, with a new link.`),
    ).toBeInTheDocument();
    const after = pendingFor(before.email);
    expect(after.map((i) => i.role)).toEqual(['MEMBER']);
    expect(after[0]?.token).not.toBe(before.token);
  });

  it('when the new role is refused, keeps the person invited with their old role and says so', async () => {
    const before = memberInvitation();
    mockEngine.store.licence.collaborators += 5;
    const { user, dialog } = await openReissue(before.email);
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: /^Collaborator/ }));
    // Someone else takes the last collaborator seats meanwhile: the server refuses.
    mockEngine.store.licence.collaborators = 0;
    await user.click(within(dialog).getByRole('button', { name: 'Invite as Collaborator' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The invitation was sent again as Member, with a new link.',
    );
    expect(pendingFor(before.email).map((i) => i.role)).toEqual(['MEMBER']);
  });
});

describe('Filtering the invitations', () => {
  it('keeps the filter in the URL, so a link or a reload shows the same rows', async () => {
    const [first, ...others] = mockEngine.store.invitations;
    if (!first) throw new Error('the demo seed has pending invitations');
    const { user, router } = renderWithProviders(<InvitationsPage />, {
      path: '/users/invitations',
    });
    const table = await screen.findByRole('table', { name: 'Pending invitations' });
    await user.type(screen.getByRole('searchbox', { name: 'Filter by e-mail' }), first.email);
    await expect
      .poll(() => new URLSearchParams(router.state.location.search).get('q'))
      .toBe(first.email);
    expect(within(table).getByText(first.email)).toBeInTheDocument();
    for (const other of others.filter((i) => !i.email.includes(first.email))) {
      expect(within(table).queryByText(other.email)).toBeNull();
    }
  });

  it('opens filtered from a link', async () => {
    const [first, second] = mockEngine.store.invitations;
    if (!first || !second) throw new Error('the demo seed has two pending invitations');
    renderWithProviders(<InvitationsPage />, {
      path: `/users/invitations?q=${encodeURIComponent(first.email)}`,
    });
    const table = await screen.findByRole('table', { name: 'Pending invitations' });
    expect(await within(table).findByText(first.email)).toBeInTheDocument();
    expect(within(table).queryByText(second.email)).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Filter by e-mail' })).toHaveValue(first.email);
  });
});
