import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockEngine } from '../../mocks/node.ts';
import { renderWithProviders } from '../../tests/render.tsx';
import { Component as DatasetAccessPage } from '../features/datasets/routes/dataset-access-page.tsx';
import { Component as OrchestratorsPage } from '../features/orchestrators/routes/orchestrators-page.tsx';
import { Component as UserDetailPage } from '../features/users/routes/user-detail-page.tsx';
import { Component as UsersPage } from '../features/users/routes/users-page.tsx';

// A newer server answers values this console was not built for (the `unknown-values` scenario:
// a LABELER role, a KUBERNETES orchestrator environment, fields on every object it never asked
// for). The pages show them as text and keep working.

beforeEach(() => mockEngine.setScenario('unknown-values'));

function aGuest() {
  const guest = mockEngine.store.users.find((u) => u.role === 'GUEST');
  if (!guest) throw new Error('the demo seed has no guest');
  return guest;
}

describe('Answers from a newer server', () => {
  it('list a user with an unknown role, by that role’s name', async () => {
    renderWithProviders(<UsersPage />, { path: '/users', routePath: '/users' });
    const grid = await screen.findByRole('table', { name: 'Users' });
    const guest = aGuest();
    const link = await within(grid).findByRole('link', { name: guest.name });
    const row = link.closest('tr');
    expect(row).toHaveTextContent('LABELER');
  });

  it('show a user with an unknown role on their page', async () => {
    const guest = aGuest();
    renderWithProviders(<UserDetailPage />, {
      path: `/users/${guest.id}`,
      routePath: '/users/:userId',
    });
    expect(await screen.findByRole('heading', { name: guest.name })).toBeInTheDocument();
    expect(screen.getAllByText('LABELER').length).toBeGreaterThan(0);
  });

  it('list an orchestrator with an unknown environment, as its name', async () => {
    renderWithProviders(<OrchestratorsPage />, { path: '/orchestrators?deactivated=1' });
    const grid = await screen.findByRole('table', { name: 'Orchestrators' });
    expect(await within(grid).findAllByText('KUBERNETES')).not.toHaveLength(0);
  });

  it('show a grant of an unknown permission as its name, in the table and its select', async () => {
    const dataset = mockEngine.store.datasets.find((d) => d.name === 'lidar-highway-scenes');
    const cleo = mockEngine.store.users.find((u) => u.name === 'Cleo Marchetti');
    if (!dataset || !cleo) throw new Error('the demo seed changed');
    // Stored as TAG; the newer server answers ANNOTATE.
    dataset.userGrants[cleo.id] = 'TAG';
    renderWithProviders(<DatasetAccessPage />, {
      as: 'admin',
      path: `/datasets/${dataset.name}`,
      routePath: '/datasets/:datasetName',
    });
    const people = await screen.findByRole('table', { name: 'People with access' });
    const row = within(people).getByText(cleo.name).closest('tr');
    if (!row) throw new Error('no row for Cleo');
    expect(
      within(row).getByRole('combobox', { name: `Own grant of ${cleo.name}` }),
    ).toHaveTextContent('ANNOTATE');
  });
});
