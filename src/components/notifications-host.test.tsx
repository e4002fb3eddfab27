import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notify } from '../lib/notifications.ts';
import { NotificationsHost } from './notifications-host.tsx';
// The toasts load lazily with the first one; loaded up front here, as in a warm app.
import './notification-toast.tsx';

function shownMessages() {
  return screen.queryAllByRole('alert').map((alert) => alert.textContent);
}

describe('Notifications', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a quick series of changes at once instead of one after another', async () => {
    render(<NotificationsHost />);
    act(() => {
      notify('Plugin enabled.');
      notify('Operator changed.');
      notify('Key deleted.');
    });
    expect(await screen.findByText('Key deleted.')).toBeInTheDocument();
    expect(shownMessages()).toEqual(['Plugin enabled.', 'Operator changed.', 'Key deleted.']);
    // A fourth pushes the oldest out rather than waiting behind it.
    act(() => notify('Group renamed.'));
    expect(shownMessages()).toEqual(['Operator changed.', 'Key deleted.', 'Group renamed.']);
  });

  it('shows the same message once, however often it comes', async () => {
    render(<NotificationsHost />);
    act(() => {
      notify('Saved.');
      notify('Saved.');
    });
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(shownMessages()).toEqual(['Saved.']);
  });

  it('hides a success by itself, keeps an error until it is closed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<NotificationsHost />);
    act(() => {
      notify('Secret added.');
      notify('Deleting the key failed.', 'error');
    });
    expect(await screen.findByText('Secret added.')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(shownMessages()).toEqual(['Deleting the key failed.']);
    vi.useRealTimers();
    const user = userEvent.setup();
    const error = screen.getByRole('alert');
    await user.click(within(error).getByRole('button', { name: 'Close' }));
    expect(shownMessages()).toEqual([]);
  });
});
