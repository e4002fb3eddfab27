import { useMemo } from 'react';
import { DataTable } from './data-table.tsx';
import { overflowSafeColumns } from './overflow-safe-columns.tsx';
import type { RowSelection } from './row-selection.tsx';
import { cellValue, compareValues, type TableColumn } from './table-columns.ts';
import { TablePager } from './table-pager.tsx';

export interface PagedGridState<Sort extends string> {
  /** 0-based, as the table counts pages. */
  page: number;
  pageSize: number;
  sort: Sort;
  dir: 'asc' | 'desc';
}

export interface PagedDataGridProps<Row extends object, Sort extends string> {
  label: string;
  rows: Row[];
  columns: TableColumn<Row>[];
  getRowId?: (row: Row) => string;
  loading?: boolean;
  /** 'server' when the API already returns the rows in the chosen order. */
  sortingMode?: 'client' | 'server';
  state: PagedGridState<Sort>;
  /** The columns the table can order by; the first is the default order. */
  sortFields: readonly [Sort, ...Sort[]];
  pageSizes: readonly number[];
  noRowsLabel: string;
  onChange: (next: Partial<PagedGridState<Sort>>) => void;
  /** Ticked rows, for actions on several at once. */
  selection?: RowSelection<Row>;
}

/**
 * A table holding every row and paging them itself, its page, size and order kept in the URL's
 * state. A new order or page size starts again at the first page. Rows grow to fit their
 * content. For paging on the server, see `ServerDataGrid`.
 */
export function PagedDataGrid<Row extends object, Sort extends string>({
  label,
  rows,
  columns,
  getRowId,
  loading = false,
  sortingMode = 'client',
  state,
  sortFields,
  pageSizes,
  noRowsLabel,
  onChange,
  selection,
}: PagedDataGridProps<Row, Sort>) {
  // Long values from the server are cut to 3 lines with the full text as a tooltip.
  const safeColumns = useMemo(() => overflowSafeColumns(columns, 3), [columns]);
  const ordered = useMemo(() => {
    const column = columns.find((c) => c.field === state.sort);
    if (sortingMode === 'server' || !column) return rows;
    const sign = state.dir === 'desc' ? -1 : 1;
    return [...rows].sort(
      (a, b) => sign * compareValues(cellValue(column, a), cellValue(column, b)),
    );
  }, [rows, columns, sortingMode, state.sort, state.dir]);
  const lastPage = Math.max(0, Math.ceil(ordered.length / state.pageSize) - 1);
  const page = Math.min(state.page, lastPage);
  const shown = ordered.slice(page * state.pageSize, (page + 1) * state.pageSize);
  return (
    <DataTable
      label={label}
      rows={shown}
      columns={safeColumns}
      getRowId={getRowId}
      loading={loading}
      sort={{ field: state.sort, direction: state.dir }}
      onSort={(next) =>
        onChange({
          sort: sortFields.find((field) => field === next.field) ?? sortFields[0],
          dir: next.direction,
          page: 0,
        })
      }
      noRowsLabel={noRowsLabel}
      skeletonRows={Math.min(state.pageSize, 5)}
      selection={selection}
      footer={
        <TablePager
          count={ordered.length}
          page={page}
          pageSize={state.pageSize}
          pageSizes={pageSizes}
          onPageChange={(next) => onChange({ page: next })}
          onPageSizeChange={(pageSize) => onChange({ pageSize, page: 0 })}
        />
      }
    />
  );
}
