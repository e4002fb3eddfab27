import { CellLink } from '../../../components/cell-link.tsx';
import { PagedDataGrid } from '../../../components/paged-data-grid.tsx';
import type { TableColumn } from '../../../components/table-columns.ts';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { PAGE_SIZES, SORT_FIELDS, type PluginsListParams } from '../api/list-params.ts';
import type { Plugin } from '../api/queries.ts';
import { PluginStatusChips } from './plugin-status-chips.tsx';

const columns: TableColumn<Plugin>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 150,
    renderCell: ({ row }) => <CellLink to={paths.plugins.detail(row.name)}>{row.name}</CellLink>,
  },
  {
    field: 'version',
    headerName: 'Version',
    width: 110,
    valueGetter: (v: string | null) => v ?? '—',
  },
  {
    field: 'description',
    headerName: 'Description',
    flex: 2,
    minWidth: 180,
    sortable: false,
    valueGetter: (v: string | null) => v ?? '',
  },
  {
    field: 'fiftyoneVersion',
    headerName: 'FiftyOne',
    width: 100,
    sortable: false,
    valueGetter: (v: string | null) => v ?? 'Any',
  },
  {
    field: 'enabled',
    headerName: 'Status',
    width: 150,
    sortable: false,
    renderCell: ({ row }) => <PluginStatusChips enabled={row.enabled} builtin={row.builtin} />,
  },
  {
    field: 'operators',
    headerName: 'Operators',
    width: 130,
    type: 'number',
    valueGetter: (_v, row) => row.operators.length,
  },
  {
    field: 'modifiedAt',
    headerName: 'Modified',
    width: 130,
    valueFormatter: (v: string | null) => formatDateTime(v),
  },
];

/** The API lists every plugin at once: the table sorts and pages in the browser. */
export function PluginsTable({
  rows,
  loading,
  params,
  onChange,
}: {
  rows: Plugin[];
  loading: boolean;
  params: PluginsListParams;
  onChange: (next: Partial<PluginsListParams>) => void;
}) {
  return (
    <PagedDataGrid
      label="Plugins"
      rows={rows}
      getRowId={(row) => row.name}
      columns={columns}
      loading={loading}
      // The URL counts pages from 1, the table from 0.
      state={{ ...params, page: params.page - 1 }}
      sortFields={SORT_FIELDS}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No plugins match"
      onChange={({ page, ...next }) =>
        onChange({ ...next, ...(page === undefined ? {} : { page: page + 1 }) })
      }
    />
  );
}
