import { CellLink } from '../../../components/cell-link.tsx';
import type { TableColumn } from '../../../components/table-columns.ts';
import type { RowSelection } from '../../../components/row-selection.tsx';
import { ServerDataGrid } from '../../../components/server-data-grid.tsx';
import { paths } from '../../../config/paths.ts';
import { PAGE_SIZES, type UsersListParams } from '../api/list-params.ts';
import type { UserRow } from '../api/queries.ts';
import { roleText } from '../../../lib/roles.ts';
import { RowRoleSelect } from './row-role-select.tsx';

// Name is the only order the API offers for users.
const USER_SORT_FIELDS = ['name'] as const;

const columns: TableColumn<UserRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => <CellLink to={paths.users.detail(row.id)}>{row.name}</CellLink>,
  },
  { field: 'email', headerName: 'E-mail', flex: 1.2, minWidth: 220, sortable: false },
  {
    field: 'role',
    headerName: 'Role',
    width: 170,
    sortable: false,
    // The full label is the cell's tooltip (not the wire value).
    valueFormatter: (value: string) => roleText(value),
    renderCell: ({ row }) => <RowRoleSelect user={row} />,
  },
];

/** Server-side paging and sorting (by name, the only order the API offers). */
export function UsersTable({
  rows,
  total,
  loading,
  params,
  onChange,
  selection,
}: {
  rows: UserRow[];
  total: number;
  loading: boolean;
  params: UsersListParams;
  onChange: (next: Partial<UsersListParams>) => void;
  /** Ticked users, for the bulk actions. */
  selection?: RowSelection<UserRow>;
}) {
  return (
    <ServerDataGrid
      label="Users"
      rows={rows}
      columns={columns}
      total={total}
      loading={loading}
      state={{ page: params.page, pageSize: params.pageSize, sort: 'name', dir: params.dir }}
      sortFields={USER_SORT_FIELDS}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No users match"
      selection={selection}
      onChange={(next) => {
        // Users keep no sort field in their URL state: only the direction.
        const { page, pageSize, dir } = next;
        onChange({
          ...(page === undefined ? {} : { page }),
          ...(pageSize === undefined ? {} : { pageSize }),
          ...(dir === undefined ? {} : { dir }),
        });
      }}
    />
  );
}
