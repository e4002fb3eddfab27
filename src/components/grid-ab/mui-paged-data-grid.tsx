import { DataGrid, type GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { PagedDataGridProps } from '../paged-data-grid.tsx';
import { gridColumns, wrapRows } from './mui-columns.tsx';

/** Measuring only (bench A/B, VITE_TABLE=grid): PagedDataGrid as the MUI X Data Grid. */
export function MuiPagedDataGrid<Row extends object, Sort extends string>({
  label,
  rows,
  columns,
  getRowId,
  loading,
  sortingMode,
  state,
  sortFields,
  pageSizes,
  noRowsLabel,
  onChange,
}: PagedDataGridProps<Row, Sort>) {
  const sortModel: GridSortModel = [{ field: state.sort, sort: state.dir }];
  const safeColumns = useMemo(() => gridColumns(columns, 3), [columns]);
  return (
    <DataGrid
      label={label}
      rows={wrapRows(rows, getRowId)}
      columns={safeColumns}
      loading={loading}
      sortingMode={sortingMode}
      disableColumnFilter
      disableRowSelectionOnClick
      getRowHeight={() => 'auto'}
      pageSizeOptions={[...pageSizes]}
      paginationModel={{ page: state.page, pageSize: state.pageSize }}
      onPaginationModelChange={(model) =>
        onChange({
          page: model.pageSize === state.pageSize ? model.page : 0,
          pageSize: model.pageSize,
        })
      }
      sortModel={sortModel}
      onSortModelChange={(model) => {
        const first = model[0];
        onChange({
          sort: sortFields.find((field) => field === first?.field) ?? sortFields[0],
          dir: first?.sort === 'desc' ? 'desc' : 'asc',
          page: 0,
        });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel }}
      sx={{ '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center', py: 1 } }}
    />
  );
}
