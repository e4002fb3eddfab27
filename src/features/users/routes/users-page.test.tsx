import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine, server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { ROLE_SCAN_CAP, ROLE_SCAN_PAGE } from '../api/queries.ts';
import { Component as UsersPage } from './users-page.tsx';

function renderPage(path = '/users') {
  return renderWithProviders(<UsersPage />, { path, routePath: '/users' });
}

const rowNames = async () => {
  const grid = await screen.findByRole('table', { name: 'Users' });
  return within(grid)
    .queryAllByRole('link')
    .map((link) => link.textContent);
};

describe('Users page', () => {
  it('lists users by name with the seats of the licence', async () => {
    renderPage();
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument();
    const names = await rowNames();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const users = mockEngine.store.users.filter(
      (u) => u.role === 'ADMIN' || u.role === 'MEMBER',
    ).length;
    expect(screen.getByLabelText('Seats')).toHaveTextContent(new RegExp(`${users + 3} of 60 used`));
  });

  it('searches on the server and keeps the search in the URL', async () => {
    const { user, router } = renderPage();
    await screen.findByRole('link', { name: 'Ada Lovelace' });
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'email:labelco');
    await expect.poll(() => router.state.location.search).toBe('?q=email%3Alabelco');
    await expect
      .poll(async () => (await rowNames()).length)
      .toBe(mockEngine.store.users.filter((u) => u.email.includes('labelco')).length);
    expect(screen.queryByRole('link', { name: 'Ada Lovelace' })).not.toBeInTheDocument();
  });

  it('filters by role from a deep link, and the Role filter shows and changes it', async () => {
    const { user, router } = renderPage('/users?role=GUEST');
    const guests = mockEngine.store.users.filter((u) => u.role === 'GUEST').map((u) => u.name);
    await expect.poll(async () => (await rowNames()).sort()).toEqual([...guests].sort());
    const filter = screen.getByRole('combobox', { name: 'Role' });
    expect(within(filter).getByRole('option', { name: 'Guest' })).toHaveProperty('selected', true);

    await user.selectOptions(filter, 'Admin');
    await expect.poll(() => router.state.location.search).toBe('?role=ADMIN');
    const admins = mockEngine.store.users.filter((u) => u.role === 'ADMIN').map((u) => u.name);
    await expect.poll(async () => (await rowNames()).sort()).toEqual([...admins].sort());

    await user.selectOptions(filter, 'All roles');
    await expect.poll(() => router.state.location.search).toBe('');
  });

  it('reads a large organization in pages for the role filter, and says where it stopped', async () => {
    mockEngine.reset('large');
    const asked: number[] = [];
    const record = ({ request }: { request: Request }) => {
      if (!request.url.endsWith('/graphql/v1')) return;
      void request
        .clone()
        .json()
        .then((body: unknown) => {
          const size: unknown =
            typeof body === 'object' && body !== null
              ? Reflect.get(Reflect.get(body, 'variables') ?? {}, 'pageSize')
              : undefined;
          if (typeof size === 'number') asked.push(size);
        });
    };
    server.events.on('request:start', record);
    try {
      renderPage('/users?role=GUEST');
      const total = mockEngine.store.users.length;
      expect(
        await screen.findByText(
          new RegExp(
            `looked at the first ${ROLE_SCAN_CAP.toLocaleString('en')} of ${total.toLocaleString('en')} users`,
          ),
          {},
          { timeout: 15000 },
        ),
      ).toBeInTheDocument();
      // Only guests are listed, and no request asked for more than one page of users.
      const names = await rowNames();
      const guests = new Set(
        mockEngine.store.users.filter((u) => u.role === 'GUEST').map((u) => u.name),
      );
      expect(names.length).toBeGreaterThan(0);
      expect(names.every((name) => guests.has(name))).toBe(true);
      expect(Math.max(...asked)).toBeLessThanOrEqual(ROLE_SCAN_PAGE);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it('says what failed and retries once the fault clears', async () => {
    const { user } = renderPage();
    await screen.findByRole('link', { name: 'Ada Lovelace' });
    mockEngine.setScenario('server-error');
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'milo');
    const alert = (await screen.findByText(/Loading users failed/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Internal server error (simulated)');
    mockEngine.setScenario(null);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Milo Okafor' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ada Lovelace' })).not.toBeInTheDocument();
    expect(screen.queryByText(/users failed/)).not.toBeInTheDocument();
  });

  it('a link to a page past the last shows the first page, not a refusal', async () => {
    const { router } = renderPage('/users?page=9');
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText(/users failed/)).not.toBeInTheDocument();
  });

  it('removing everyone on the last page moves back a page instead of failing', async () => {
    const matching = mockEngine.store.users
      .filter((u) => `${u.name} ${u.email}`.toLowerCase().includes('acme'))
      .sort((a, b) => a.name.localeCompare(b.name));
    const lastPage = Math.ceil(matching.length / 10);
    const onLast = matching.slice((lastPage - 1) * 10);
    expect(lastPage).toBeGreaterThan(1);
    const { user, router } = renderPage(`/users?q=acme&pageSize=10&page=${lastPage}`);
    const table = await screen.findByRole('table', { name: 'Users' });
    for (const gone of onLast) {
      await user.click(await within(table).findByRole('checkbox', { name: `Select ${gone.name}` }));
    }
    await user.click(screen.getByRole('button', { name: 'Remove from organization' }));
    const dialog = await screen.findByRole('dialog', { name: /Remove from the organization/ });
    await user.click(
      within(dialog).getByRole('button', { name: new RegExp(`^Remove ${onLast.length} user`) }),
    );
    expect(await within(dialog).findByText(/^Finished/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await expect
      .poll(() => new URLSearchParams(router.state.location.search).get('page'))
      .toBe(lastPage - 1 === 1 ? null : String(lastPage - 1));
    const previous = matching.slice((lastPage - 2) * 10, (lastPage - 1) * 10);
    expect(await screen.findByRole('link', { name: previous[0]?.name })).toBeInTheDocument();
    for (const gone of onLast) {
      expect(screen.queryByRole('link', { name: gone.name })).not.toBeInTheDocument();
    }
    expect(screen.queryByText(/users failed/)).not.toBeInTheDocument();
  });

  it('explains the page to a member instead of failing', async () => {
    renderWithProviders(<UsersPage />, { as: 'member', path: '/users', routePath: '/users' });
    expect(await screen.findByText(/Only admins can manage users/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
