import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { ChangeRoleDialog } from './change-role-dialog.tsx';
import type { RoleTarget } from './role-change-rules.ts';

function userByEmail(email: string): RoleTarget {
  const user = mockEngine.store.users.find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

describe('ChangeRoleDialog', () => {
  it('changes a role through the API', async () => {
    const target = userByEmail(persona('member').email);
    let closed = false;
    const { user } = renderWithProviders(
      <ChangeRoleDialog target={target} viewerId={undefined} onClose={() => (closed = true)} />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: /Collaborator/ }));
    expect(screen.getByText(/capped at Can edit/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make Collaborator' }));
    await expect.poll(() => closed).toBe(true);
    expect(mockEngine.store.users.find((u) => u.id === target.id)?.role).toBe('COLLABORATOR');
    expect(await screen.findByText(`${target.name} is now a Collaborator.`)).toBeInTheDocument();
  });

  it('warns before you demote yourself', async () => {
    const admin = userByEmail(persona('admin').email);
    const { user } = renderWithProviders(
      <ChangeRoleDialog target={admin} viewerId={admin.id} onClose={() => undefined} />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: /Member/ }));
    expect(screen.getByText(/You are demoting yourself/)).toHaveTextContent(
      'at once you lose the admin areas of this console (users, groups, secrets, orchestrators and the organization settings), and only another admin can make you an admin again.',
    );
  });

  it('does not let the only admin pick another role, and says why', async () => {
    const admin = userByEmail(persona('admin').email);
    for (const other of mockEngine.store.users) {
      if (other.role === 'ADMIN' && other.id !== admin.id) other.role = 'MEMBER';
    }
    const { user } = renderWithProviders(
      <ChangeRoleDialog target={admin} viewerId={admin.id} onClose={() => undefined} />,
    );
    expect(await screen.findByText(/You are the only admin/)).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    for (const name of [/^Member/, /^Collaborator/, /^Guest/]) {
      const option = screen.getByRole('option', { name });
      expect(option).toHaveAttribute('aria-disabled', 'true');
      expect(option).toHaveTextContent('You are the only admin');
    }
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Make Admin' })).toBeDisabled();
  });

  it('stays open with the server’s message next to the buttons when the change is refused', async () => {
    const target = userByEmail(persona('member').email);
    const collaborators = mockEngine.store.users.filter((u) => u.role === 'COLLABORATOR').length;
    const invited = mockEngine.store.invitations.filter((i) => i.role === 'COLLABORATOR').length;
    // The licence shrinks after the dialog has read the seats: only the server knows.
    const { user } = renderWithProviders(
      <ChangeRoleDialog target={target} viewerId={undefined} onClose={() => undefined} />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: /Collaborator/ }));
    mockEngine.store.licence.collaborators = collaborators + invited;
    await user.click(screen.getByRole('button', { name: 'Make Collaborator' }));
    const refusal = await screen.findByText(/No collaborator seats left/);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    // The action bar holds the refusal and the buttons together, below the long preview.
    const bar = screen.getByRole('button', { name: 'Cancel' }).closest('.MuiDialogActions-root');
    expect(bar?.previousElementSibling).toContainElement(refusal);
    expect(mockEngine.store.users.find((u) => u.id === target.id)?.role).toBe('MEMBER');
  });
});
