import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as PluginsPage } from './plugins-page.tsx';

function renderPage(path = '/plugins', as: 'admin' | 'member' = 'admin') {
  return renderWithProviders(<PluginsPage />, { path, routePath: '/plugins', as });
}

async function rowOf(name: string): Promise<HTMLElement> {
  const row = (await screen.findByRole('link', { name })).closest<HTMLElement>('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

const listedNames = async () => {
  const grid = await screen.findByRole('table', { name: 'Plugins' });
  return within(grid)
    .queryAllByRole('link')
    .map((link) => link.textContent);
};

describe('Plugins page', () => {
  it('lists the custom plugins by name, with their version and operator count', async () => {
    renderPage();
    const row = await rowOf('@voxel51/brain');
    const custom = mockEngine.store.plugins.filter((p) => !p.builtin).map((p) => p.name);
    expect(await listedNames()).toEqual([...custom].sort());
    expect(row).toHaveTextContent('1.4.2');
    expect(row).toHaveTextContent('Enabled');
    expect(within(row).getByRole('cell', { name: '6' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Install plugin' })).toBeInTheDocument();
  });

  it('includes the built-in plugins from the URL, marked as such', async () => {
    renderPage('/plugins?builtin=1');
    expect(await rowOf('@voxel51/utils')).toHaveTextContent('Built-in');
    expect(screen.getByRole('switch', { name: 'Include built-in plugins' })).toBeChecked();
    expect(await listedNames()).toHaveLength(mockEngine.store.plugins.length);
  });

  it('searches names, descriptions and operators, keeping the search in the URL', async () => {
    const { user, router } = renderPage();
    await screen.findByRole('link', { name: '@voxel51/brain' });
    await user.type(screen.getByRole('searchbox', { name: 'Search plugins' }), 'labelbox');
    await expect.poll(() => router.state.location.search).toBe('?q=labelbox');
    await expect.poll(listedNames).toEqual(['@acme/export-to-labelbox', '@voxel51/annotation']);
  });

  it('opens a deep-linked search in the box, and empties it when a link clears the search', async () => {
    const { router } = renderPage('/plugins?q=labelbox');
    const box = screen.getByRole('searchbox', { name: 'Search plugins' });
    expect(box).toHaveValue('labelbox');
    await expect.poll(listedNames).toEqual(['@acme/export-to-labelbox', '@voxel51/annotation']);
    // The navigation's "Plugins" link.
    await router.navigate('/plugins');
    await expect.poll(() => box).toHaveValue('');
    await expect.poll(async () => (await listedNames()).length).toBeGreaterThan(2);
    expect(router.state.location.search).toBe('');
  });

  it('says so when no plugin matches', async () => {
    renderPage('/plugins?q=nothing-like-this');
    expect(await screen.findByText('No plugins match')).toBeInTheDocument();
    expect(screen.getByText(/or include the built-in plugins/)).toBeInTheDocument();
  });

  it('shows a member the plugins without the way to install one', async () => {
    renderPage('/plugins', 'member');
    expect(await screen.findByRole('link', { name: '@voxel51/brain' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Install plugin' })).not.toBeInTheDocument();
  });

  it('says what failed and retries once the fault clears', async () => {
    mockEngine.setScenario('server-error');
    const { user } = renderPage();
    const alert = (await screen.findByText(/Loading plugins failed/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Internal server error (simulated)');
    mockEngine.setScenario(null);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: '@voxel51/brain' })).toBeInTheDocument();
  });
});
