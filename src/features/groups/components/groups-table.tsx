import { CellLink } from '../../../components/cell-link.tsx';
import type { TableColumn } from '../../../components/table-columns.ts';
import { ServerDataGrid } from '../../../components/server-data-grid.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import { GROUP_SORT_FIELDS, PAGE_SIZES, type GroupsListParams } from '../api/list-params.ts';
import type { GroupRow } from '../api/queries.ts';

const columns: TableColumn<GroupRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => <CellLink to={paths.groups.detail(row.id)}>{row.name}</CellLink>,
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
  return (
    <ServerDataGrid
      label="Groups"
      rows={rows}
      columns={columns}
      total={total}
      loading={loading}
      state={params}
      sortFields={GROUP_SORT_FIELDS}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No groups match"
      onChange={onChange}
    />
  );
}
