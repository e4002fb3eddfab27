import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { Component as UsersPage } from '../routes/users-page.tsx';

function userByEmail(email: string) {
  const found = mockEngine.store.users.find((u) => u.email === email);
  if (!found) throw new Error(`no user ${email}`);
  return found;
}

/** The users list searched down to one person, with their row's role select. */
async function renderRowOf(name: string) {
  const rendered = renderWithProviders(<UsersPage />, {
    path: `/users?q=${encodeURIComponent(`name:${name}`)}`,
    routePath: '/users',
  });
  // The file's first render loads the users page cold: room for a busy machine.
  const select = await screen.findByRole(
    'combobox',
    { name: `Role of ${name}` },
    { timeout: 20_000 },
  );
  return { ...rendered, select };
}

describe('Changing a role from the users list', () => {
  it('applies a change with nothing to warn about at once, and says so', async () => {
    const milo = userByEmail(persona('member').email);
    const { user, select } = await renderRowOf(milo.name);
    await user.selectOptions(select, 'Admin');
    expect(await screen.findByText(`${milo.name} is now an Admin.`)).toBeInTheDocument();
    expect(userByEmail(milo.email).role).toBe('ADMIN');
  });

  it('asks first when demoting an admin, naming what they lose', async () => {
    const admin = mockEngine.store.users.find(
      (u) => u.role === 'ADMIN' && u.email !== persona('admin').email,
    );
    if (!admin) throw new Error('the demo seed has a second admin');
    const { user, select } = await renderRowOf(admin.name);
    await user.selectOptions(select, 'Member');
    const dialog = await screen.findByRole('dialog', { name: `Make ${admin.name} Member?` });
    expect(dialog).toHaveTextContent(`${admin.name} will no longer be an admin`);
    expect(userByEmail(admin.email).role).toBe('ADMIN');
    await user.click(within(dialog).getByRole('button', { name: 'Make Member' }));
    expect(await screen.findByText(`${admin.name} is now a Member.`)).toBeInTheDocument();
    expect(userByEmail(admin.email).role).toBe('MEMBER');
  });

  it('keeps the last admin: no other role can be picked, each says why', async () => {
    const me = userByEmail(persona('admin').email);
    for (const other of mockEngine.store.users) {
      if (other.role === 'ADMIN' && other.id !== me.id) other.role = 'MEMBER';
    }
    const { user, select } = await renderRowOf(me.name);
    const member = within(select).getByRole('option', { name: /^Member/ });
    await waitFor(() => expect(member).toBeDisabled());
    expect(member).toHaveTextContent('You are the only admin');
    expect(within(select).getByRole('option', { name: /^Guest/ })).toBeDisabled();
    // Picking it anyway changes nothing.
    await user.selectOptions(select, member).catch(() => undefined);
    expect(select).toHaveValue('ADMIN');
    expect(userByEmail(me.email).role).toBe('ADMIN');
  });

  it('lets you demote yourself while another admin remains, after a warning', async () => {
    const me = userByEmail(persona('admin').email);
    const { user, select } = await renderRowOf(me.name);
    await user.selectOptions(select, 'Member');
    const dialog = await screen.findByRole('dialog', { name: `Make ${me.name} Member?` });
    expect(dialog).toHaveTextContent('You are demoting yourself');
    await user.click(within(dialog).getByRole('button', { name: 'Make Member' }));
    expect(await screen.findByText('You are now a Member.')).toBeInTheDocument();
    expect(userByEmail(me.email).role).toBe('MEMBER');
  });

  it('offers no role without a free seat, and says why', async () => {
    const milo = userByEmail(persona('member').email);
    const guests = mockEngine.store.users.filter((u) => u.role === 'GUEST').length;
    const invitedGuests = mockEngine.store.invitations.filter((i) => i.role === 'GUEST').length;
    mockEngine.store.licence.guests = guests + invitedGuests;
    const { user, select } = await renderRowOf(milo.name);
    const option = within(select).getByRole('option', { name: /^Guest/ });
    await waitFor(() => expect(option).toBeDisabled());
    expect(option).toHaveTextContent(/No guest seats left/);
    // A disabled option cannot be picked: the role stays.
    await user.selectOptions(select, option).catch(() => undefined);
    expect(select).toHaveValue('MEMBER');
    expect(userByEmail(milo.email).role).toBe('MEMBER');
  });
});
