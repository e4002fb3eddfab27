import { Button, TextField } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../mocks/node.ts';
import { renderWithProviders } from '../../tests/render.tsx';
import { UsersPageQuery } from '../features/users/api/documents.ts';
import { readAllPages } from '../lib/read-pages.ts';
import { gqlRequest } from '../lib/transport.ts';
import { useBulkSelection } from '../lib/use-bulk-selection.ts';
import { SelectionBar } from './selection-bar.tsx';
import { ServerDataGrid } from './server-data-grid.tsx';
import type { TableColumn } from './table-columns.ts';

interface Person {
  id: string;
  name: string;
}

const PAGE_SIZE = 3;
const columns: TableColumn<Person>[] = [{ field: 'name', headerName: 'Name', flex: 1 }];

async function readPage(q: string, page: number, pageSize: number) {
  const search = q ? { term: q, fields: ['name' as const] } : null;
  const order = { field: 'name' as const, direction: 'ASC' as const };
  return (await gqlRequest(UsersPageQuery, { page, pageSize, search, order })).usersPage;
}

/** A server-paged list of the mock's users with a search box, ticks and one action. */
function PeopleList() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [acted, setActed] = useState<string[] | null>(null);
  const list = useQuery({
    queryKey: ['people', q, page],
    queryFn: () => readPage(q, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.nodes ?? [];
  const selection = useBulkSelection<Person>({
    key: q,
    rows,
    rowId: (row) => row.id,
    rowLabel: (row) => row.name,
    total: list.data?.nodeTotal ?? 0,
    readAll: (onProgress, signal) => readAllPages((p) => readPage(q, p, 2), onProgress, signal),
  });
  return (
    <>
      <TextField
        label="Search"
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setPage(1);
        }}
      />
      <SelectionBar
        selection={selection}
        noun="people"
        actions={
          <Button
            onClick={() =>
              void selection.resolve().then((ticked) => setActed(ticked.map((p) => p.name)))
            }
          >
            Act
          </Button>
        }
      />
      <ServerDataGrid
        label="People"
        rows={[...rows]}
        columns={columns}
        total={list.data?.nodeTotal ?? 0}
        loading={list.isFetching}
        state={{ page, pageSize: PAGE_SIZE, sort: 'name', dir: 'ASC' }}
        sortFields={['name']}
        pageSizes={[PAGE_SIZE]}
        noRowsLabel="No people"
        onChange={(next) => setPage(next.page ?? page)}
        selection={selection}
      />
      {acted && <output aria-label="Acted on">{acted.join(', ')}</output>}
    </>
  );
}

const sortedNames = () =>
  mockEngine.store.users.map((u) => u.name).sort((a, b) => a.localeCompare(b));

describe('Bulk selection on a server-paged list', () => {
  it('keeps ticks across pages and acts on exactly the ticked rows', async () => {
    const [first, , , fourth] = sortedNames();
    const { user } = renderWithProviders(<PeopleList />);
    const table = await screen.findByRole('table', { name: 'People' });
    await user.click(await within(table).findByRole('checkbox', { name: `Select ${first}` }));
    expect(screen.getByRole('status')).toHaveTextContent('1 selected');

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await user.click(await within(table).findByRole('checkbox', { name: `Select ${fourth}` }));
    expect(screen.getByRole('status')).toHaveTextContent('2 selected');

    await user.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(await within(table).findByRole('checkbox', { name: `Select ${first}` })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Act' }));
    expect(await screen.findByLabelText('Acted on')).toHaveTextContent(`${first}, ${fourth}`);
  });

  it('selects every matching row across pages, reading them only when asked, minus unticks', async () => {
    const names = sortedNames();
    const total = names.length;
    const { user } = renderWithProviders(<PeopleList />);
    const table = await screen.findByRole('table', { name: 'People' });
    await user.click(
      await within(table).findByRole('checkbox', { name: 'Select all people on this page' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 selected');

    await user.click(screen.getByRole('button', { name: `Select all ${total} matching` }));
    expect(screen.getByRole('status')).toHaveTextContent(`All ${total} matching people selected`);
    expect(screen.queryByRole('button', { name: /Select all \d+ matching/ })).toBeNull();

    // Every page shows ticked; unticking one row leaves it out.
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    const second = names[3] ?? '';
    const box = await within(table).findByRole('checkbox', { name: `Select ${second}` });
    expect(box).toBeChecked();
    await user.click(box);
    expect(screen.getByRole('status')).toHaveTextContent(`${total - 1} selected`);

    await user.click(screen.getByRole('button', { name: 'Act' }));
    const acted = await screen.findByLabelText('Acted on');
    expect(acted.textContent.split(', ')).toEqual(names.filter((name) => name !== second));
  });

  it('starts again with nothing ticked on a new search', async () => {
    const [first] = sortedNames();
    const { user } = renderWithProviders(<PeopleList />);
    const table = await screen.findByRole('table', { name: 'People' });
    await user.click(await within(table).findByRole('checkbox', { name: `Select ${first}` }));
    expect(screen.getByRole('status')).toHaveTextContent('1 selected');

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'a');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
  });

  it('is usable from the keyboard alone', async () => {
    const [first] = sortedNames();
    const total = mockEngine.store.users.length;
    const { user } = renderWithProviders(<PeopleList />);
    const table = await screen.findByRole('table', { name: 'People' });
    await within(table).findByRole('checkbox', { name: `Select ${first}` });
    within(table).getByRole('checkbox', { name: 'Select all people on this page' }).focus();
    // Past the Name header's sort button to the first row's box.
    await user.tab();
    await user.tab();
    expect(within(table).getByRole('checkbox', { name: `Select ${first}` })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('1 selected');

    screen.getByRole('button', { name: `Select all ${total} matching` }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(`All ${total} matching people selected`);
    // The pressed button is gone; focus waits on the one beside it.
    expect(screen.getByRole('button', { name: 'Clear selection' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
