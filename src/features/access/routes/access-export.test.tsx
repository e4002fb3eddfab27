import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as AccessPage } from './access-page.tsx';

// jsdom has no object URLs: the file the browser would save is caught here, so the test reads
// what a person would open.
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
  Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
});

async function savedRows(): Promise<string[][]> {
  await expect.poll(() => saved.length, { timeout: 15_000 }).toBe(1);
  const [file] = saved;
  if (!file) throw new Error('No file was saved');
  return Papa.parse<string[]>(await file.text(), { skipEmptyLines: true }).data;
}

function renderReport(search: string) {
  return renderWithProviders(<AccessPage />, { path: `/access${search}`, routePath: '/access' });
}

function groupsTable() {
  return screen.getByRole('table', { name: 'Access of groups' });
}

describe('Access report: the level filter and the export', () => {
  it('applies the level filter to the group rows too, the default row included', async () => {
    renderReport('?level=MANAGE');
    const table = await screen.findByRole('table', { name: 'Access of groups' });
    expect(
      await within(table).findByText('Medical Imaging', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    // ML Research has Can edit at most; no dataset's default gives Can manage.
    expect(within(groupsTable()).queryByText('ML Research')).not.toBeInTheDocument();
    expect(within(groupsTable()).queryByText('Members by default')).not.toBeInTheDocument();
  });

  it('exports every person and group of the view, not only the page on screen', async () => {
    const { user } = renderReport('?d=warehouse-robots-v3');
    const people = [...mockEngine.store.users].sort((a, b) => a.name.localeCompare(b.name));
    expect(people.length).toBeGreaterThan(20);
    await screen.findByText(people[0]?.name ?? '', { selector: 'a' }, { timeout: 15_000 });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const rows = await savedRows();
    expect(rows[0]).toEqual(['Kind', 'Name', 'E-mail', 'Role', 'warehouse-robots-v3']);
    const personRows = rows.filter((row) => row[0] === 'Person');
    expect(personRows.map((row) => row[1])).toEqual(people.map((person) => person.name));
    expect(personRows.find((row) => row[1] === 'Milo Okafor')?.[4]).toBe('Can edit');
    expect(rows.filter((row) => row[0] === 'Group')).toHaveLength(mockEngine.store.groups.length);
    expect(rows.filter((row) => row[0] === 'Default')).toHaveLength(1);
    const count = people.length + mockEngine.store.groups.length + 1;
    expect(
      await screen.findByText(
        new RegExp(`Exported ${String(count)} people and groups to access-report-\\d{4}-`),
      ),
    ).toBeInTheDocument();
  });

  it('exports what the level filter shows: people and groups with Can manage, no default', async () => {
    const { user } = renderReport('?level=MANAGE');
    const table = await screen.findByRole('table', { name: 'Access of groups' });
    await within(table).findByText('Medical Imaging', {}, { timeout: 15_000 });
    await screen.findByText('Dana Whitfield', { selector: 'a' }, { timeout: 15_000 });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const rows = await savedRows();
    expect(rows.filter((row) => row[0] === 'Group').map((row) => row[1])).toEqual([
      'Medical Imaging',
    ]);
    expect(rows.filter((row) => row[0] === 'Default')).toEqual([]);
    const names = rows.filter((row) => row[0] === 'Person').map((row) => row[1]);
    expect(names).toContain('Dana Whitfield');
    expect(names).not.toContain('Cleo Marchetti');
  });
});
