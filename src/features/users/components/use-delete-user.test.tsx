import { Button } from '@mui/material';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { useDeleteUser } from './use-delete-user.tsx';

function DeleteButton({ user }: { user: { id: string; name: string; email: string } }) {
  const deleteUser = useDeleteUser();
  return <Button onClick={() => void deleteUser(user)}>Delete it</Button>;
}

describe('delete user', () => {
  it('needs the e-mail typed, says it cannot be undone, then deletes', async () => {
    const target = mockEngine.store.users.find((u) => u.email === persona('member').email);
    if (!target) throw new Error('no member persona');
    const { user } = renderWithProviders(<DeleteButton user={target} />);
    await user.click(screen.getByRole('button', { name: 'Delete it' }));
    const dialog = await screen.findByRole('dialog', { name: `Delete ${target.name}?` });
    expect(dialog).toHaveTextContent('This cannot be undone');
    const confirmButton = screen.getByRole('button', { name: 'Delete user' });
    expect(confirmButton).toBeDisabled();
    await user.type(screen.getByLabelText(`Type ${target.email} to confirm`), 'milo.member@acme');
    expect(confirmButton).toBeDisabled();
    await user.type(screen.getByLabelText(`Type ${target.email} to confirm`), '.ai');
    expect(confirmButton).toBeEnabled();
    await user.click(confirmButton);
    await expect.poll(() => mockEngine.store.users.some((u) => u.id === target.id)).toBe(false);
    expect(await screen.findByText(`${target.name} was deleted.`)).toBeInTheDocument();
  });

  it('stays open with the server’s message when the deletion is refused', async () => {
    const admin = mockEngine.store.users.find((u) => u.email === persona('admin').email);
    if (!admin) throw new Error('no admin persona');
    const { user } = renderWithProviders(<DeleteButton user={admin} />);
    await user.click(screen.getByRole('button', { name: 'Delete it' }));
    await user.type(screen.getByLabelText(`Type ${admin.email} to confirm`), admin.email);
    await user.click(screen.getByRole('button', { name: 'Delete user' }));
    expect(await screen.findByText(/cannot remove yourself/i)).toBeInTheDocument();
    expect(screen.getByLabelText(`Type ${admin.email} to confirm`)).toHaveValue(admin.email);
    expect(mockEngine.store.users.some((u) => u.id === admin.id)).toBe(true);
  });
});
