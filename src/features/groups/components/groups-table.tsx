import { Link } from '@mui/material';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import { GROUP_SORT_FIELDS, PAGE_SIZES, type GroupsListParams } from '../api/list-params.ts';
import type { GroupRow } from '../api/queries.ts';

const columns: GridColDef<GroupRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={paths.groups.detail(row.id)}>
        {row.name}
      </Link>
    ),
  },
  {
    field: 'description',
    headerName: 'Description',
    flex: 1.5,
    minWidth: 220,
    sortable: false,
    valueGetter: (_value, row) => row.description ?? '',
  },
  { field: 'usersCount', headerName: 'Members', type: 'number', width: 110, sortable: false },
  {
    field: 'createdAt',
    headerName: 'Created',
    width: 140,
    valueFormatter: (value: string) => formatDate(value),
  },
];

/** Server-side paging and sorting (by name or creation). */
export function GroupsTable({
  rows,
  total,
  loading,
  params,
  onChange,
}: {
  rows: GroupRow[];
  total: number;
  loading: boolean;
  params: GroupsListParams;
  onChange: (next: Partial<GroupsListParams>) => void;
}) {
  const sortModel: GridSortModel = [
    { field: params.sort, sort: params.dir === 'DESC' ? 'desc' : 'asc' },
  ];
  return (
    <DataGrid
      label="Groups"
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
      onSortModelChange={(model) => {
        const first = model[0];
        onChange({
          sort: GROUP_SORT_FIELDS.find((f) => f === first?.field) ?? 'name',
          dir: first?.sort === 'desc' ? 'DESC' : 'ASC',
          page: 1,
        });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel: 'No groups match' }}
    />
  );
}
