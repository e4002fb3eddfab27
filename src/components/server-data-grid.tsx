import {
  DataGrid,
  type GridColDef,
  type GridSortModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { useMemo } from 'react';
import { overflowSafeColumns } from './overflow-safe-columns.tsx';

export type SortDirection = 'ASC' | 'DESC';

export interface ServerGridState<Sort extends string> {
  /** 1-based, as the API pages. */
  page: number;
  pageSize: number;
  sort: Sort;
  dir: SortDirection;
}

/**
 * A Data Grid whose paging and sorting happen on the server: the page, its size and the order
 * come from the URL's state and every change goes back there. A new order or page size starts
 * again at page 1.
 */
export function ServerDataGrid<Row extends GridValidRowModel, Sort extends string>({
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
}: {
  label: string;
  rows: Row[];
  columns: GridColDef<Row>[];
  total: number;
  loading: boolean;
  getRowId?: (row: Row) => string;
  state: ServerGridState<Sort>;
  /** The columns the API can order by; the first is the default order. */
  sortFields: readonly [Sort, ...Sort[]];
  pageSizes: readonly number[];
  noRowsLabel: string;
  onChange: (next: Partial<ServerGridState<Sort>>) => void;
}) {
  const sortModel: GridSortModel = [
    { field: state.sort, sort: state.dir === 'DESC' ? 'desc' : 'asc' },
  ];
  // Long values from the server are cut to 1 line with the full text as a tooltip.
  const safeColumns = useMemo(() => overflowSafeColumns(columns, 1), [columns]);
  return (
    <DataGrid
      label={label}
      rows={rows}
      columns={safeColumns}
      getRowId={getRowId}
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
