import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render.tsx';
import { CreateGroupDialog } from '../../features/groups/components/create-group-dialog.tsx';

// Through a real form dialog (create a group): what happens to what was typed when it is left.

function renderDialog() {
  let closed = 0;
  const view = renderWithProviders(
    <CreateGroupDialog
      onClose={() => (closed += 1)}
      onCreated={(group) => void view.router.navigate(`/groups/${group.id}`)}
    />,
    { path: '/users' },
  );
  return { ...view, closed: () => closed };
}

const dialog = () => screen.getByRole('dialog', { name: 'Create a group' });

describe('FormDialog', () => {
  it('closes at once on Escape while nothing was typed', async () => {
    const { user, closed } = renderDialog();
    await user.keyboard('{Escape}');
    expect(closed()).toBe(1);
  });

  it('asks before Escape or a click outside discards what was typed', async () => {
    const { user, closed } = renderDialog();
    await user.type(within(dialog()).getByLabelText(/^Name/), 'Night Shift');

    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard what you typed?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(closed()).toBe(0);
    expect(within(dialog()).getByLabelText(/^Name/)).toHaveValue('Night Shift');

    await user.keyboard('{Escape}');
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard what you typed?' })).getByRole(
        'button',
        { name: 'Discard' },
      ),
    );
    expect(closed()).toBe(1);
  });

  it('closes at once when what was typed has been cleared again', async () => {
    const { user, closed } = renderDialog();
    await user.type(within(dialog()).getByLabelText(/^Name/), 'Night Shift');
    await user.clear(within(dialog()).getByLabelText(/^Name/));
    await user.keyboard('{Escape}');
    expect(closed()).toBe(1);
    expect(screen.queryByRole('dialog', { name: 'Discard what you typed?' })).toBeNull();
  });

  it("asks before the browser's Back leaves the page, and lets the form's own navigation through", async () => {
    const { user, router } = renderDialog();
    await act(() => router.navigate('/groups'));
    await user.type(within(dialog()).getByLabelText(/^Name/), 'Night Shift');

    await act(() => router.navigate(-1));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe('/groups');
    expect(within(dialog()).getByLabelText(/^Name/)).toHaveValue('Night Shift');

    // Created: the dialog's own move to the new group's page is not held back.
    await user.click(within(dialog()).getByRole('button', { name: 'Create group' }));
    await expect.poll(() => router.state.location.pathname).toMatch(/^\/groups\/.+/);
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).toBeNull();
  });

  it('leaves when the person chooses to discard', async () => {
    const { user, router } = renderDialog();
    await act(() => router.navigate('/groups'));
    await user.type(within(dialog()).getByLabelText(/^Name/), 'Night Shift');
    await act(() => router.navigate(-1));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard and leave' }));
    await expect.poll(() => router.state.location.pathname).toBe('/users');
  });
});
