import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as AccessPage } from './access-page.tsx';

function renderReport(search: string, as: 'admin' | 'manager' | 'member' = 'admin') {
  return renderWithProviders(<AccessPage />, {
    as,
    path: `/access${search}`,
    routePath: '/access',
  });
}

/** The table row that names `name` (a person's row holds a link to their own view). */
async function personRow(name: string) {
  const text = await screen.findByText(name, { selector: 'a' }, { timeout: 15_000 });
  const row = screen.getAllByRole('row').find((candidate) => candidate.contains(text));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Access report', () => {
  it('a link to pages past the last shows the last ones there are, not a refusal', async () => {
    const { router } = renderReport(
      '?d=warehouse-robots-v3&d=lidar-highway-scenes&page=9&gpage=9&dpage=10',
    );
    await personRow('Ada Lovelace');
    expect(await screen.findByText('Datasets 1–2 of 2')).toBeInTheDocument();
    await expect
      .poll(() => {
        const search = new URLSearchParams(router.state.location.search);
        return [search.get('page'), search.get('gpage')];
      })
      .toEqual([null, null]);
    expect(screen.queryByText(/failed/)).not.toBeInTheDocument();
  });

  it("shows each person's effective permission on the chosen datasets", async () => {
    renderReport('?d=warehouse-robots-v3&d=lidar-highway-scenes&q=o');
    const milo = await personRow('Milo Okafor');
    expect(
      await within(milo).findByRole('button', {
        name: 'Why does Milo Okafor have Can edit on warehouse-robots-v3?',
      }),
    ).toBeInTheDocument();
    expect(
      within(milo).getByRole('button', {
        name: 'Why does Milo Okafor have No access on lidar-highway-scenes?',
      }),
    ).toBeInTheDocument();
    const ada = await personRow('Ada Lovelace');
    expect(within(ada).getAllByRole('button', { name: /Can manage/ })).toHaveLength(2);
    expect(screen.getByText('Datasets 1–2 of 2')).toBeInTheDocument();
  });

  it('limits a dataset manager to the datasets she manages', async () => {
    renderReport('', 'manager');
    expect(
      await screen.findByText('Datasets 1–4 of 4', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/As a dataset manager you see the datasets you manage/),
    ).toBeInTheDocument();
  });

  it('tells a member who manages nothing that there is nothing to report', async () => {
    renderReport('', 'member');
    expect(
      await screen.findByText('No datasets you manage', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });

  it("explains a cell on demand: a guest's own grant, as the API reports it", async () => {
    const { user } = renderReport('?d=warehouse-robots-v3&q=Olivia');
    const olivia = await personRow('Olivia Brooks');
    await user.click(
      await within(olivia).findByRole('button', {
        name: 'Why does Olivia Brooks have Can view on warehouse-robots-v3?',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: "Where Olivia Brooks's access to warehouse-robots-v3 comes from",
    });
    expect(await within(dialog).findByText('The API reports the same.')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('rowheader', { name: 'Own grant' }).closest('tr'),
    ).toHaveTextContent('Can view');
  });
});
