import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/render.tsx';
import { ServerDataGrid, type ServerGridState } from './server-data-grid.tsx';
import type { TableColumn } from './table-columns.ts';

interface Person {
  id: string;
  name: string;
}

const PEOPLE: Person[] = [
  { id: 'u1', name: 'Ada Lovelace' },
  { id: 'u2', name: 'Grace Hopper' },
  { id: 'u3', name: 'Alan Turing' },
];
const columns: TableColumn<Person>[] = [{ field: 'name', headerName: 'Name', flex: 1 }];

/** A page of people with a bulk-action bar that says how many are ticked. */
function PeopleWithSelection({ initial }: { initial: string[] }) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <>
      <p role="status">{selected.length} selected</p>
      <ServerDataGrid
        label="People"
        rows={PEOPLE}
        columns={columns}
        total={40}
        loading={false}
        state={{ page: 1, pageSize: 3, sort: 'name', dir: 'ASC' }}
        sortFields={['name']}
        pageSizes={[3]}
        noRowsLabel="No people"
        onChange={() => undefined}
        selection={{ selected, onChange: setSelected, rowLabel: (row) => row.name }}
      />
    </>
  );
}

describe('ServerDataGrid row selection', () => {
  it('ticks rows one by one or the whole page, keeping ticks from other pages', async () => {
    // "u9" was ticked on another page.
    const { user } = renderWithProviders(<PeopleWithSelection initial={['u9']} />);
    const table = screen.getByRole('table', { name: 'People' });
    const page = within(table).getByRole('checkbox', { name: 'Select all people on this page' });
    expect(page).not.toBeChecked();

    await user.click(within(table).getByRole('checkbox', { name: 'Select Grace Hopper' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 selected');
    expect(page).toBePartiallyChecked();

    await user.click(page);
    expect(screen.getByRole('status')).toHaveTextContent('4 selected');
    expect(page).toBeChecked();
    expect(within(table).getByRole('checkbox', { name: 'Select Alan Turing' })).toBeChecked();

    // From the keyboard: Space on the focused row checkbox unticks it.
    within(table).getByRole('checkbox', { name: 'Select Ada Lovelace' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('3 selected');

    // Unticking the page keeps what was ticked elsewhere.
    await user.click(page);
    await user.click(page);
    expect(screen.getByRole('status')).toHaveTextContent('1 selected');
  });
});

/** A server-paged table of `total` people whose state the test reads back. */
function PagedPeople({ total }: { total: number }) {
  const [state, setState] = useState<ServerGridState<'name'>>({
    page: 1,
    pageSize: 25,
    sort: 'name',
    dir: 'ASC',
  });
  return (
    <>
      <p role="status">
        page {state.page}, {state.pageSize} a page
      </p>
      <ServerDataGrid
        label="People"
        rows={PEOPLE}
        columns={columns}
        total={total}
        loading={false}
        state={state}
        sortFields={['name']}
        pageSizes={[25, 50, 100]}
        noRowsLabel="No people"
        onChange={(next) => setState((current) => ({ ...current, ...next }))}
      />
    </>
  );
}

describe('ServerDataGrid paging', () => {
  it('says which rows show of how many, pages both ways and starts again at page 1 on a new size', async () => {
    const { user } = renderWithProviders(<PagedPeople total={10_050} />);
    const previous = screen.getByRole('button', { name: 'Go to previous page' });
    const next = screen.getByRole('button', { name: 'Go to next page' });
    expect(screen.getByText('1–25 of 10,050')).toBeInTheDocument();
    expect(previous).toBeDisabled();

    await user.click(next);
    expect(screen.getByRole('status')).toHaveTextContent('page 2, 25 a page');
    expect(screen.getByText('26–50 of 10,050')).toBeInTheDocument();
    await user.click(previous);
    expect(screen.getByRole('status')).toHaveTextContent('page 1, 25 a page');

    await user.click(next);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page:' }), '100');
    expect(screen.getByRole('status')).toHaveTextContent('page 1, 100 a page');
    expect(screen.getByText('1–100 of 10,050')).toBeInTheDocument();
  });

  it('cannot page past the last rows', async () => {
    const { user } = renderWithProviders(<PagedPeople total={30} />);
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(screen.getByText('26–30 of 30')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
  });
});
