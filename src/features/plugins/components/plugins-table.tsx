import { Link } from '@mui/material';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { PAGE_SIZES, SORT_FIELDS, type PluginsListParams } from '../api/list-params.ts';
import type { Plugin } from '../api/queries.ts';
import { PluginStatusChips } from './plugin-status-chips.tsx';

const columns: GridColDef<Plugin>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 200,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={paths.plugins.detail(row.name)}>
        {row.name}
      </Link>
    ),
  },
  {
    field: 'version',
    headerName: 'Version',
    width: 100,
    valueGetter: (v: string | null) => v ?? '—',
  },
  {
    field: 'description',
    headerName: 'Description',
    flex: 2,
    minWidth: 240,
    sortable: false,
    valueGetter: (v: string | null) => v ?? '',
  },
  {
    field: 'fiftyoneVersion',
    headerName: 'FiftyOne',
    width: 110,
    sortable: false,
    valueGetter: (v: string | null) => v ?? 'Any',
  },
  {
    field: 'enabled',
    headerName: 'Status',
    width: 170,
    sortable: false,
    renderCell: ({ row }) => <PluginStatusChips enabled={row.enabled} builtin={row.builtin} />,
  },
  {
    field: 'operators',
    headerName: 'Operators',
    width: 110,
    type: 'number',
    valueGetter: (_v, row) => row.operators.length,
  },
  {
    field: 'modifiedAt',
    headerName: 'Modified',
    width: 180,
    valueFormatter: (v: string | null) => formatDateTime(v),
  },
];

function isSortField(field: string): field is PluginsListParams['sort'] {
  return (SORT_FIELDS as readonly string[]).includes(field);
}

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
  const sortModel: GridSortModel = [{ field: params.sort, sort: params.dir }];
  return (
    <DataGrid
      label="Plugins"
      rows={rows}
      getRowId={(row) => row.name}
      columns={columns}
      loading={loading}
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
          sort: first && isSortField(first.field) ? first.field : 'name',
          dir: first?.sort === 'desc' ? 'desc' : 'asc',
          page: 1,
        });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel: 'No plugins match' }}
    />
  );
}
