import { CellLink } from '../../../components/cell-link.tsx';
import type { RowSelection } from '../../../components/row-selection.tsx';
import type { TableColumn } from '../../../components/table-columns.ts';
import { ServerDataGrid } from '../../../components/server-data-grid.tsx';
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

const columns: TableColumn<DatasetRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1.4,
    minWidth: 220,
    // Only those who manage a dataset have its access page to go to.
    renderCell: ({ row }) =>
      row.viewer.activePermission === 'MANAGE' ? (
        <CellLink to={paths.datasets.access(row.name)} aria-label={`${row.name}: manage access`}>
          {row.name}
        </CellLink>
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
  selection,
}: {
  rows: DatasetRow[];
  total: number;
  loading: boolean;
  params: DatasetsListParams;
  onChange: (next: Partial<DatasetsListParams>) => void;
  /** Ticks for a bulk grant; without it the table has no checkboxes. */
  selection?: RowSelection<DatasetRow>;
}) {
  return (
    <ServerDataGrid
      label="Datasets"
      rows={rows}
      columns={columns}
      total={total}
      loading={loading}
      state={params}
      sortFields={SORT_FIELDS}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No datasets match"
      onChange={onChange}
      selection={selection}
    />
  );
}
