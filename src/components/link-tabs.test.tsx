import { screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/render.tsx';
import { LinkTabs } from './link-tabs.tsx';

/** Two sibling pages behind one tab strip, the address shown beside it. */
function Views() {
  const location = useLocation();
  const value = location.pathname === '/users/invitations' ? 'invitations' : 'members';
  return (
    <>
      <LinkTabs
        label="Users views"
        value={value}
        tabs={[
          { value: 'members', label: 'Members', to: '/users' },
          { value: 'invitations', label: 'Pending invitations', to: '/users/invitations' },
        ]}
      />
      <p role="status">{location.pathname}</p>
    </>
  );
}

describe('LinkTabs', () => {
  it('marks the current page, moves between tabs with the arrow keys and follows one with Enter', async () => {
    const { user } = renderWithProviders(<Views />, { path: '/users' });
    const list = screen.getByRole('tablist', { name: 'Users views' });
    const members = screen.getByRole('tab', { name: 'Members' });
    const invitations = screen.getByRole('tab', { name: 'Pending invitations' });
    expect(list).toBeInTheDocument();
    expect(members).toHaveAttribute('aria-selected', 'true');
    expect(invitations).toHaveAttribute('aria-selected', 'false');

    // One tab stop: Tab lands on the selected tab, the arrows move from there (and wrap).
    await user.tab();
    expect(members).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(invitations).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(members).toHaveFocus();
    await user.keyboard('{End}');
    expect(invitations).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('/users/invitations');
    expect(screen.getByRole('tab', { name: 'Pending invitations' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.click(screen.getByRole('tab', { name: 'Members' }));
    expect(screen.getByRole('status')).toHaveTextContent('/users');
  });
});
