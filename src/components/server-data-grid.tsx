import { useMemo } from 'react';
import { DataTable } from './data-table.tsx';
import { overflowSafeColumns } from './overflow-safe-columns.tsx';
import type { RowSelection } from './row-selection.tsx';
import { TablePager } from './table-pager.tsx';
import type { TableColumn } from './table-columns.ts';

export type SortDirection = 'ASC' | 'DESC';

export interface ServerGridState<Sort extends string> {
  /** 1-based, as the API pages. */
  page: number;
  pageSize: number;
  sort: Sort;
  dir: SortDirection;
}

export interface ServerDataGridProps<Row extends object, Sort extends string> {
  label: string;
  rows: Row[];
  columns: TableColumn<Row>[];
  total: number;
  loading: boolean;
  getRowId?: (row: Row) => string;
  state: ServerGridState<Sort>;
  /** The columns the API can order by; the first is the default order. */
  sortFields: readonly [Sort, ...Sort[]];
  pageSizes: readonly number[];
  noRowsLabel: string;
  onChange: (next: Partial<ServerGridState<Sort>>) => void;
  /** Ticked rows, for actions on several at once. */
  selection?: RowSelection<Row>;
}

/**
 * A table whose paging and sorting happen on the server: the page, its size and the order
 * come from the URL's state and every change goes back there. A new order or page size starts
 * again at page 1.
 */
export function ServerDataGrid<Row extends object, Sort extends string>({
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
  selection,
}: ServerDataGridProps<Row, Sort>) {
  // Long values from the server are cut to 1 line with the full text as a tooltip.
  const safeColumns = useMemo(() => overflowSafeColumns(columns, 1), [columns]);
  const lastPage = Math.max(0, Math.ceil(total / state.pageSize) - 1);
  return (
    <DataTable
      label={label}
      rows={rows}
      columns={safeColumns}
      getRowId={getRowId}
      loading={loading}
      sort={{ field: state.sort, direction: state.dir === 'DESC' ? 'desc' : 'asc' }}
      onSort={(next) =>
        onChange({
          sort: sortFields.find((field) => field === next.field) ?? sortFields[0],
          dir: next.direction === 'desc' ? 'DESC' : 'ASC',
          page: 1,
        })
      }
      noRowsLabel={noRowsLabel}
      skeletonRows={Math.min(state.pageSize, 10)}
      selection={selection}
      footer={
        <TablePager
          count={total}
          page={Math.min(state.page - 1, lastPage)}
          pageSize={state.pageSize}
          pageSizes={pageSizes}
          onPageChange={(page) => onChange({ page: page + 1 })}
          onPageSizeChange={(pageSize) => onChange({ pageSize, page: 1 })}
        />
      }
    />
  );
}
