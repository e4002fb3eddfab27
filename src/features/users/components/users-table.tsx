import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { RoleChip } from '../../../components/role-chip.tsx';
import { paths } from '../../../config/paths.ts';
import { PAGE_SIZES, type UsersListParams } from '../api/list-params.ts';
import type { UserRow } from '../api/queries.ts';

const columns: GridColDef<UserRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={paths.users.detail(row.id)}>
        {row.name}
      </Link>
    ),
  },
  { field: 'email', headerName: 'E-mail', flex: 1.2, minWidth: 220, sortable: false },
  {
    field: 'role',
    headerName: 'Role',
    width: 150,
    sortable: false,
    renderCell: ({ row }) => <RoleChip role={row.role} />,
  },
];

/** Server-side paging and sorting (by name, the only order the API offers). */
export function UsersTable({
  rows,
  total,
  loading,
  params,
  onChange,
}: {
  rows: UserRow[];
  total: number;
  loading: boolean;
  params: UsersListParams;
  onChange: (next: Partial<UsersListParams>) => void;
}) {
  const sortModel: GridSortModel = [
    { field: 'name', sort: params.dir === 'DESC' ? 'desc' : 'asc' },
  ];
  return (
    <DataGrid
      label="Users"
      rows={rows}
      columns={columns}
      rowCount={total}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      disableColumnFilter
      disableRowSelectionOnClick
      pageSizeOptions={[...PAGE_SIZES]}
      paginationModel={{ page: params.page - 1, pageSize: params.pageSize }}
      onPaginationModelChange={(model) =>
        onChange({
          page: model.pageSize === params.pageSize ? model.page + 1 : 1,
          pageSize: model.pageSize,
        })
      }
      sortModel={sortModel}
      onSortModelChange={(model) =>
        onChange({ dir: model[0]?.sort === 'desc' ? 'DESC' : 'ASC', page: 1 })
      }
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel: 'No users match' }}
    />
  );
}
