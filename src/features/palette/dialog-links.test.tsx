import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render.tsx';
import { Component as GroupsPage } from '../groups/routes/groups-page.tsx';
import { Component as PluginsPage } from '../plugins/routes/plugins-page.tsx';

// The palette's actions are links that open a page's dialog (`?dialog=`): the page opens it once
// and takes the parameter out of the URL, so Back does not open it again.

describe('A link to a page’s dialog', () => {
  it('opens “Create a group” on the groups page', async () => {
    const { router } = renderWithProviders(<GroupsPage />, { path: '/groups?dialog=create-group' });
    expect(await screen.findByRole('dialog', { name: 'Create a group' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('dialog', { name: 'Create a group' })).toBeInTheDocument();
  });

  it('does not open “Install plugin” for a member, who cannot install', async () => {
    const { router } = renderWithProviders(<PluginsPage />, {
      as: 'member',
      path: '/plugins?dialog=install-plugin',
    });
    await screen.findByRole('heading', { name: 'Plugins' });
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
