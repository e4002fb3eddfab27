import { Chip, Link } from '@mui/material';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { isSortField, PAGE_SIZES, type OrchestratorsListParams } from '../api/list-params.ts';
import type { OrchestratorRow } from '../api/queries.ts';
import { EnvironmentChip } from './environment-chip.tsx';

const columns: GridColDef<OrchestratorRow>[] = [
  {
    field: 'instanceIdentifier',
    headerName: 'Instance ID',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={paths.orchestrators.detail(row.instanceIdentifier)}>
        {row.instanceIdentifier}
      </Link>
    ),
  },
  {
    field: 'environment',
    headerName: 'Environment',
    width: 150,
    sortable: false,
    renderCell: ({ row }) => <EnvironmentChip environment={row.environment} />,
  },
  { field: 'description', headerName: 'Description', flex: 2, minWidth: 220, sortable: false },
  {
    field: 'availableOperators',
    headerName: 'Operators',
    width: 110,
    sortable: false,
    type: 'number',
    valueGetter: (_v, row) => row.availableOperators?.length ?? 0,
  },
  {
    field: 'deactivatedAt',
    headerName: 'Status',
    width: 190,
    sortable: false,
    renderCell: ({ row }) =>
      row.deactivatedAt ? (
        <Chip
          size="small"
          variant="outlined"
          label={`Deactivated ${formatDate(row.deactivatedAt)}`}
        />
      ) : (
        <Chip size="small" variant="outlined" color="success" label="Active" />
      ),
  },
  {
    field: 'createdAt',
    headerName: 'Registered',
    width: 180,
    valueFormatter: (v: string) => formatDateTime(v),
  },
  {
    field: 'updatedAt',
    headerName: 'Updated',
    width: 180,
    valueFormatter: (v: string | null) => formatDateTime(v),
  },
];

/** Server-side paging and sorting (the API orders by instance ID, registration or update). */
export function OrchestratorsTable({
  rows,
  total,
  loading,
  params,
  onChange,
}: {
  rows: OrchestratorRow[];
  total: number;
  loading: boolean;
  params: OrchestratorsListParams;
  onChange: (next: Partial<OrchestratorsListParams>) => void;
}) {
  const sortModel: GridSortModel = [
    { field: params.sort, sort: params.dir === 'DESC' ? 'desc' : 'asc' },
  ];
  return (
    <DataGrid
      label="Orchestrators"
      rows={rows}
      getRowId={(row) => row.orchestratorIdentifier}
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
          sort: first && isSortField(first.field) ? first.field : 'instanceIdentifier',
          dir: first?.sort === 'desc' ? 'DESC' : 'ASC',
          page: 1,
        });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel: 'No orchestrators match' }}
    />
  );
}
