import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { InviteDialog } from './invite-dialog.tsx';

function renderDialog() {
  return renderWithProviders(<InviteDialog open onClose={() => undefined} />);
}

describe('InviteDialog', () => {
  it('asks for at least one address next to the field', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Check e-mails' }));
    expect(await screen.findByText('Enter at least one e-mail address')).toBeInTheDocument();
    expect(mockEngine.store.invitations.some((i) => i.email === '')).toBe(false);
  });

  it('flags invalid, repeated, member and invited addresses before sending, then sends the rest', async () => {
    const pending = mockEngine.store.invitations[0];
    if (!pending) throw new Error('the demo seed has pending invitations');
    const before = mockEngine.store.invitations.length;
    const { user } = renderDialog();
    await user.type(
      screen.getByLabelText(/E-mail addresses/),
      `not-an-email, ${persona('member').email}; ${pending.email} new.person@example.com NEW.person@example.com`,
    );
    await user.click(screen.getByRole('button', { name: 'Check e-mails' }));

    const checked = await screen.findByRole('list', { name: 'Checked e-mails' });
    const row = (email: string) => within(checked).getByText(email).closest('li');
    expect(row('not-an-email')).toHaveTextContent('Not a valid e-mail address');
    // The person's actual role, not always "Member".
    expect(row(persona('member').email)).toHaveTextContent('Already in the organization as Member');
    expect(row(pending.email)).toHaveTextContent('Already has a pending invitation');
    expect(row('NEW.person@example.com')).toHaveTextContent('Listed more than once');
    expect(row('new.person@example.com')).toHaveTextContent('Ready');
    expect(mockEngine.store.invitations).toHaveLength(before);

    await user.click(screen.getByRole('button', { name: 'Send 1 invitation' }));
    const sent = await screen.findByRole('list', { name: 'Invitations sent' });
    expect(within(sent).getByText('Invited new.person@example.com as Member')).toBeInTheDocument();
    expect(within(sent).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    const created = mockEngine.store.invitations.find((i) => i.email === 'new.person@example.com');
    expect(created?.role).toBe('MEMBER');
    expect(within(sent).getByText(new RegExp(created?.token ?? 'no-token'))).toBeInTheDocument();
  });

  it('says the role an existing person actually holds', async () => {
    const { user } = renderDialog();
    await user.type(
      screen.getByLabelText(/E-mail addresses/),
      `${persona('admin').email} ${persona('collaborator').email}`,
    );
    await user.click(screen.getByRole('button', { name: 'Check e-mails' }));
    const checked = await screen.findByRole('list', { name: 'Checked e-mails' });
    const row = (email: string) => within(checked).getByText(email).closest('li');
    expect(row(persona('admin').email)).toHaveTextContent('Already in the organization as Admin');
    expect(row(persona('admin').email)).toHaveTextContent('Already Admin');
    expect(row(persona('collaborator').email)).toHaveTextContent(
      'Already in the organization as Collaborator',
    );
  });

  it('offers one "Copy all links" for a batch, copying each address with its link', async () => {
    const { user } = renderDialog();
    await user.type(
      screen.getByLabelText(/E-mail addresses/),
      'first.batch@example.com second.batch@example.com',
    );
    await user.click(screen.getByRole('button', { name: 'Check e-mails' }));
    await user.click(await screen.findByRole('button', { name: 'Send 2 invitations' }));
    const copyAll = await screen.findByRole('button', { name: 'Copy all 2 links' });
    await user.click(copyAll);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    const lines = (await navigator.clipboard.readText()).split('\n');
    const token = (email: string) =>
      mockEngine.store.invitations.find((i) => i.email === email)?.token ?? 'no-token';
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^first.batch@example.com: .*${token('first.batch@example.com')}`),
    );
    expect(lines[1]).toMatch(
      new RegExp(`^second.batch@example.com: .*${token('second.batch@example.com')}`),
    );
  });

  it('disables a role without a free seat and says why', async () => {
    const guests = mockEngine.store.users.filter((u) => u.role === 'GUEST').length;
    const invitedGuests = mockEngine.store.invitations.filter((i) => i.role === 'GUEST').length;
    mockEngine.store.licence.guests = guests + invitedGuests;
    const { user } = renderDialog();
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    const option = await screen.findByRole('option', { name: /Guest/ });
    expect(option).toHaveAttribute('aria-disabled', 'true');
    expect(option).toHaveTextContent(/No guest seats left/);
  });

  it('keeps what was typed and shows what failed when the server refuses', async () => {
    const { user } = renderDialog();
    const box = screen.getByLabelText(/E-mail addresses/);
    await user.type(box, 'someone@example.com');
    await user.click(screen.getByRole('button', { name: 'Check e-mails' }));
    await screen.findByRole('button', { name: 'Send 1 invitation' });
    mockEngine.setScenario('graphql-error');
    await user.click(screen.getByRole('button', { name: 'Send 1 invitation' }));
    expect(
      await screen.findByText(/someone@example.com: Simulated GraphQL error/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mail addresses/)).toHaveValue('someone@example.com');
    expect(mockEngine.store.invitations.some((i) => i.email === 'someone@example.com')).toBe(false);
  });
});
