import {
  DataGrid,
  type GridColDef,
  type GridSortModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { useMemo } from 'react';
import { overflowSafeColumns } from './overflow-safe-columns.tsx';

export interface PagedGridState<Sort extends string> {
  /** 0-based, as the table counts pages. */
  page: number;
  pageSize: number;
  sort: Sort;
  dir: 'asc' | 'desc';
}

/**
 * A Data Grid holding every row and paging them itself, its page, size and order kept in the
 * URL's state. A new order or page size starts again at the first page. Rows grow to fit their
 * content. For paging on the server, see `ServerDataGrid`.
 */
export function PagedDataGrid<Row extends GridValidRowModel, Sort extends string>({
  label,
  rows,
  columns,
  loading,
  sortingMode,
  state,
  sortFields,
  pageSizes,
  noRowsLabel,
  onChange,
}: {
  label: string;
  rows: Row[];
  columns: GridColDef<Row>[];
  loading?: boolean;
  /** 'server' when the API already returns the rows in the chosen order. */
  sortingMode?: 'client' | 'server';
  state: PagedGridState<Sort>;
  /** The columns the table can order by; the first is the default order. */
  sortFields: readonly [Sort, ...Sort[]];
  pageSizes: readonly number[];
  noRowsLabel: string;
  onChange: (next: Partial<PagedGridState<Sort>>) => void;
}) {
  const sortModel: GridSortModel = [{ field: state.sort, sort: state.dir }];
  // Long values from the server are cut to 3 lines with the full text as a tooltip.
  const safeColumns = useMemo(() => overflowSafeColumns(columns, 3), [columns]);
  return (
    <DataGrid
      label={label}
      rows={rows}
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
