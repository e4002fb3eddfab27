import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as DatasetsPage } from './datasets-page.tsx';

// Dana Whitfield (the manager persona) manages these four datasets in the demo seed.
const MANAGED = [
  'autonomy-multicam-v2',
  'lidar-highway-scenes',
  'retail-shelf-detection',
  'warehouse-robots-v3',
];

function renderPage(path = '/datasets', as: 'admin' | 'manager' | 'member' = 'manager') {
  return renderWithProviders(<DatasetsPage />, { as, path, routePath: '/datasets' });
}

async function grid() {
  return screen.findByRole('table', { name: 'Datasets' });
}

describe('Datasets page', () => {
  it('lists what the viewer can see with their access, linking only the ones they manage', async () => {
    renderPage();
    const table = await grid();
    expect(await within(table).findByText('drone-inspection-3d')).toBeInTheDocument();
    // Restricted datasets Dana has no access to are not there at all.
    expect(within(table).queryByText('medical-xray-triage')).not.toBeInTheDocument();
    const links = within(table)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(MANAGED);
    const drone = within(table).getByText('drone-inspection-3d').closest('tr');
    expect(drone).toHaveTextContent('Can view');
  });

  it('filters to what the viewer manages, and keeps the filter in the URL', async () => {
    const { user, router } = renderPage();
    const table = await grid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your access' }), 'Can manage');
    await expect.poll(() => router.state.location.search).toBe('?access=MANAGE');
    await expect.poll(() => within(table).queryAllByRole('row').length - 1).toBe(MANAGED.length);
  });

  it('searches on the server and sorts by samples from a deep link', async () => {
    const { user, router } = renderPage('/datasets?sort=samplesCount&dir=desc', 'admin');
    const table = await grid();
    await within(table).findByText('open-images-v7-subset');
    // The first row under the header.
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('open-images-v7-subset');
    await user.type(screen.getByRole('searchbox', { name: 'Search datasets' }), 'lidar');
    await expect.poll(() => router.state.location.search).toContain('q=lidar');
    await expect
      .poll(() =>
        within(table)
          .queryAllByRole('link')
          .map((l) => l.textContent),
      )
      .toEqual(['lidar-highway-scenes']);
  });

  it('says what failed and retries once the fault clears', async () => {
    mockEngine.setScenario('server-error');
    const { user } = renderPage();
    const alert = (await screen.findByText(/Loading datasets failed/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Internal server error (simulated)');
    mockEngine.setScenario(null);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await within(await grid()).findByText('drone-inspection-3d')).toBeInTheDocument();
  });
});
