import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/render.tsx';
import { ServerDataGrid } from './server-data-grid.tsx';
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
