import { CellLink } from '../../../components/cell-link.tsx';
import { CellChip } from '../../../components/cell-chip.tsx';
import type { TableColumn } from '../../../components/table-columns.ts';
import { ServerDataGrid } from '../../../components/server-data-grid.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import { SORT_FIELDS, PAGE_SIZES, type OrchestratorsListParams } from '../api/list-params.ts';
import type { OrchestratorRow } from '../api/queries.ts';
import { EnvironmentChip } from './environment-chip.tsx';

const columns: TableColumn<OrchestratorRow>[] = [
  {
    field: 'instanceIdentifier',
    headerName: 'Instance ID',
    flex: 1,
    minWidth: 140,
    renderCell: ({ row }) => (
      <CellLink to={paths.orchestrators.detail(row.instanceIdentifier)}>
        {row.instanceIdentifier}
      </CellLink>
    ),
  },
  {
    field: 'environment',
    headerName: 'Environment',
    width: 130,
    sortable: false,
    renderCell: ({ row }) => <EnvironmentChip environment={row.environment} />,
  },
  { field: 'description', headerName: 'Description', flex: 2, minWidth: 160, sortable: false },
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
    width: 170,
    sortable: false,
    renderCell: ({ row }) =>
      row.deactivatedAt ? (
        <CellChip label={`Deactivated ${formatDate(row.deactivatedAt)}`} />
      ) : (
        <CellChip tone="success" label="Active" />
      ),
  },
  {
    field: 'createdAt',
    headerName: 'Registered',
    width: 136,
    // The day: the time is on the orchestrator's page (a list row has one line).
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'updatedAt',
    headerName: 'Updated',
    width: 124,
    valueFormatter: (v: string | null) => formatDate(v),
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
  return (
    <ServerDataGrid
      label="Orchestrators"
      rows={rows}
      columns={columns}
      getRowId={(row) => row.orchestratorIdentifier}
      total={total}
      loading={loading}
      state={params}
      sortFields={SORT_FIELDS}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No orchestrators match"
      onChange={onChange}
    />
  );
}
