import { screen } from '@testing-library/react';
import { http } from 'msw';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockEngine, server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { ROLE_LABELS } from '../../../lib/roles.ts';
import { Component as UsersPage } from './users-page.tsx';

// jsdom has no object URLs; the browser's download path is kept, and the file it would save
// is caught here so the test reads what a person would open.
const saved: Blob[] = [];
const realCreate = URL.createObjectURL.bind(URL);
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) saved.push(blob);
    return 'blob:export';
  };
  URL.revokeObjectURL = () => undefined;
  // jsdom cannot save a file: it would try to navigate to the file's URL instead.
  HTMLAnchorElement.prototype.click = () => undefined;
});
afterEach(() => {
  URL.createObjectURL = realCreate;
  // Back to HTMLElement's own click.
  Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
});

async function savedRows(): Promise<string[][]> {
  await expect.poll(() => saved.length).toBe(1);
  const [file] = saved;
  if (!file) throw new Error('No file was saved');
  const parsed = Papa.parse<string[]>(await file.text(), { skipEmptyLines: true });
  return parsed.data;
}

function renderPage(path: string) {
  return renderWithProviders(<UsersPage />, { path, routePath: '/users' });
}

describe('Users CSV export', () => {
  it('exports every user the search and role match, with their groups, not only the page', async () => {
    const { user } = renderPage('/users?q=a&role=MEMBER&pageSize=10');
    const store = mockEngine.store;
    const expected = store.users
      .filter((u) => u.role === 'MEMBER')
      .filter((u) => `${u.name} ${u.email}`.toLowerCase().includes('a'))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(expected.length).toBeGreaterThan(10);
    await screen.findByRole('link', { name: expected[0]?.name ?? '' }, { timeout: 15000 });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const rows = await savedRows();
    expect(rows[0]).toEqual(['Name', 'E-mail', 'Role', 'Groups']);
    expect(rows.slice(1)).toEqual(
      expected.map((u) => [
        u.name,
        u.email,
        ROLE_LABELS[u.role],
        store.groups
          .filter((g) => g.memberIds.includes(u.id))
          .map((g) => g.name)
          .sort((a, b) => a.localeCompare(b))
          .join('; '),
      ]),
    );
    expect(
      await screen.findByText(new RegExp(`Exported ${expected.length} users to users-\\d{4}-`)),
    ).toBeInTheDocument();
  });

  it('shows its progress over a large organization and saves nothing when cancelled', async () => {
    mockEngine.reset('large');
    // The pages after the first wait until the test has cancelled, so the cancel lands
    // mid-export.
    let releaseLaterPages: () => void = () => undefined;
    const laterPages = new Promise<void>((resolve) => {
      releaseLaterPages = resolve;
    });
    server.use(
      http.post('*/graphql/v1', async ({ request }) => {
        const body: unknown = await request.clone().json();
        const text = JSON.stringify(body);
        if (text.includes('UsersExport') && !text.includes('"page":1,')) await laterPages;
      }),
    );
    try {
      const { user } = renderPage('/users');
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      const total = mockEngine.store.users.length.toLocaleString('en');
      expect(
        await screen.findByText(`Reading users: 500 of ${total}`, {}, { timeout: 15000 }),
      ).toBeInTheDocument();
      expect(screen.getByRole('progressbar', { name: 'Exporting users' })).toHaveAttribute(
        'aria-valuenow',
        '5',
      );
      await user.click(screen.getByRole('button', { name: 'Cancel export' }));
      releaseLaterPages();
      expect(
        await screen.findByText('Export of users cancelled; no file was saved.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
      expect(saved).toEqual([]);
    } finally {
      releaseLaterPages();
      server.resetHandlers();
    }
  });
});
