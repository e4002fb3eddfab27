import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as OrchestratorsPage } from './orchestrators-page.tsx';

function renderPage(path = '/orchestrators', as: 'admin' | 'member' = 'admin') {
  return renderWithProviders(<OrchestratorsPage />, { path, routePath: '/orchestrators', as });
}

const listed = async () => {
  const grid = await screen.findByRole('table', { name: 'Orchestrators' });
  return within(grid)
    .queryAllByRole('link')
    .map((link) => link.textContent);
};

describe('Orchestrators page', () => {
  it('lists the active orchestrators by instance ID', async () => {
    renderPage();
    expect(await screen.findByRole('link', { name: 'dbx-gpu-prod' })).toBeInTheDocument();
    const active = mockEngine.store.orchestrators
      .filter((o) => o.deactivatedAt === null)
      .map((o) => o.instanceIdentifier);
    expect(await listed()).toEqual([...active].sort());
  });

  it('includes deactivated ones, newest first, from a deep link', async () => {
    renderPage('/orchestrators?deactivated=1&sort=createdAt&dir=desc');
    await screen.findByRole('link', { name: 'onprem-runner-01' });
    const all = [...mockEngine.store.orchestrators]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((o) => o.instanceIdentifier);
    expect(await listed()).toEqual(all);
    expect(screen.getByRole('switch', { name: 'Include deactivated' })).toBeChecked();
  });

  it('a link to a page past the last shows the first page, not a refusal', async () => {
    const { router } = renderPage('/orchestrators?page=9');
    expect(await screen.findByRole('link', { name: 'dbx-gpu-prod' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText(/orchestrators failed/)).not.toBeInTheDocument();
  });

  it('searches the operators an orchestrator can run, on the server', async () => {
    const { user, router } = renderPage();
    await screen.findByRole('link', { name: 'dbx-gpu-prod' });
    await user.type(screen.getByRole('searchbox', { name: 'Search orchestrators' }), 'similarity');
    await expect.poll(() => router.state.location.search).toBe('?q=similarity');
    await expect.poll(listed).toEqual(['dbx-gpu-prod']);
  });

  it('opens a deep-linked search in the box, and empties it when a link clears the search', async () => {
    const { router } = renderPage('/orchestrators?q=similarity');
    const box = await screen.findByRole('searchbox', { name: 'Search orchestrators' });
    expect(box).toHaveValue('similarity');
    await expect.poll(listed).toEqual(['dbx-gpu-prod']);
    // The navigation's "Orchestrators" link.
    await router.navigate('/orchestrators');
    await expect.poll(() => box).toHaveValue('');
    await expect.poll(async () => (await listed()).length).toBeGreaterThan(1);
    expect(router.state.location.search).toBe('');
  });

  it('explains to a member that orchestrators are for admins', async () => {
    renderPage('/orchestrators', 'member');
    expect(
      await screen.findByText(/Only admins can see and register orchestrators/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
