import { Link } from '@mui/material';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import {
  mediaLabel,
  PAGE_SIZES,
  SORT_FIELDS,
  type DatasetsListParams,
} from '../api/list-params.ts';
import type { DatasetRow } from '../api/queries.ts';
import { PermissionChip } from './permission-chip.tsx';

const columns: GridColDef<DatasetRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1.4,
    minWidth: 220,
    // Only those who manage a dataset have its access page to go to.
    renderCell: ({ row }) =>
      row.viewer.activePermission === 'MANAGE' ? (
        <Link
          component={RouterLink}
          to={paths.datasets.access(row.name)}
          aria-label={`${row.name}: manage access`}
        >
          {row.name}
        </Link>
      ) : (
        row.name
      ),
  },
  {
    field: 'mediaType',
    headerName: 'Media',
    width: 120,
    sortable: false,
    valueGetter: (_value, row) => mediaLabel(row.mediaType),
  },
  {
    field: 'samplesCount',
    headerName: 'Samples',
    type: 'number',
    width: 120,
    valueFormatter: (value: number) => value.toLocaleString(),
  },
  {
    field: 'createdAt',
    headerName: 'Created',
    width: 140,
    valueFormatter: (value: string | null) => formatDate(value),
  },
  {
    field: 'lastLoadedAt',
    headerName: 'Last loaded',
    width: 140,
    valueFormatter: (value: string | null) => formatDate(value),
  },
  {
    field: 'permission',
    headerName: 'Your access',
    width: 150,
    sortable: false,
    renderCell: ({ row }) => <PermissionChip permission={row.viewer.activePermission} />,
  },
];

/** Server-side paging and sorting (name, created, last loaded, samples). */
export function DatasetsTable({
  rows,
  total,
  loading,
  params,
  onChange,
}: {
  rows: DatasetRow[];
  total: number;
  loading: boolean;
  params: DatasetsListParams;
  onChange: (next: Partial<DatasetsListParams>) => void;
}) {
  const sortModel: GridSortModel = [
    { field: params.sort, sort: params.dir === 'DESC' ? 'desc' : 'asc' },
  ];
  return (
    <DataGrid
      label="Datasets"
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
        const field = SORT_FIELDS.find((f) => f === first?.field) ?? 'name';
        onChange({ sort: field, dir: first?.sort === 'desc' ? 'DESC' : 'ASC', page: 1 });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel: 'No datasets match' }}
    />
  );
}
