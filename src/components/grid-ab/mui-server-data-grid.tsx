import { DataGrid, type GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { ServerDataGridProps } from '../server-data-grid.tsx';
import { gridColumns, wrapRows } from './mui-columns.tsx';

/** Measuring only (bench A/B, VITE_TABLE=grid): ServerDataGrid as the MUI X Data Grid. */
export function MuiServerDataGrid<Row extends object, Sort extends string>({
  label,
  rows,
  columns,
  total,
  loading,
  getRowId,
  state,
  sortFields,
  pageSizes,
  noRowsLabel,
  onChange,
}: ServerDataGridProps<Row, Sort>) {
  const sortModel: GridSortModel = [
    { field: state.sort, sort: state.dir === 'DESC' ? 'desc' : 'asc' },
  ];
  const safeColumns = useMemo(() => gridColumns(columns, 1), [columns]);
  return (
    <DataGrid
      label={label}
      rows={wrapRows(rows, getRowId)}
      columns={safeColumns}
      rowCount={total}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      disableColumnFilter
      disableRowSelectionOnClick
      pageSizeOptions={[...pageSizes]}
      paginationModel={{ page: state.page - 1, pageSize: state.pageSize }}
      onPaginationModelChange={(model) =>
        onChange({
          page: model.pageSize === state.pageSize ? model.page + 1 : 1,
          pageSize: model.pageSize,
        })
      }
      sortModel={sortModel}
      onSortModelChange={(model) => {
        const first = model[0];
        onChange({
          sort: sortFields.find((field) => field === first?.field) ?? sortFields[0],
          dir: first?.sort === 'desc' ? 'DESC' : 'ASC',
          page: 1,
        });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel }}
    />
  );
}
