import {
  Box,
  LinearProgress,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { SelectPageCell, SelectRowCell, type RowSelection } from './row-selection.tsx';
import { cellParams, rowIdOf, type TableColumn } from './table-columns.ts';
import './table-cells.css';

export interface TableSort {
  field: string;
  direction: 'asc' | 'desc';
}

const CHECKBOX_WIDTH = 48;
const DEFAULT_WIDTH = 100;

function cellText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function alignOf<Row>(column: TableColumn<Row>, header: boolean) {
  const own = header ? (column.headerAlign ?? column.align) : column.align;
  return own ?? (column.type === 'number' ? 'right' : undefined);
}

/**
 * Fixed columns keep their width, flexible ones share what is left by their `flex`; below the
 * columns' least widths the table scrolls sideways inside its box, never the page. A fixed
 * layout also keeps a 5,000-character value from widening its column.
 */
function ColumnWidths<Row>({
  columns,
  selectable,
}: {
  columns: readonly TableColumn<Row>[];
  selectable: boolean;
}) {
  const fixed =
    columns.reduce((sum, c) => sum + (c.flex ? 0 : (c.width ?? DEFAULT_WIDTH)), 0) +
    (selectable ? CHECKBOX_WIDTH : 0);
  const totalFlex = columns.reduce((sum, c) => sum + (c.flex ?? 0), 0);
  return (
    <colgroup>
      {selectable && <col style={{ width: CHECKBOX_WIDTH }} />}
      {columns.map((c) => (
        <col
          key={c.field}
          style={{
            width: c.flex
              ? `calc((100% - ${String(fixed)}px) * ${String(c.flex / totalFlex)})`
              : (c.width ?? DEFAULT_WIDTH),
          }}
        />
      ))}
    </colgroup>
  );
}

/**
 * A light list table (MUI's Table): sort headers, a loading state, a "no rows" line and, when
 * asked, a checkbox per row. Paging is the caller's footer; see ServerDataGrid and PagedDataGrid.
 */
export function DataTable<Row extends object>({
  label,
  rows,
  columns,
  getRowId,
  loading = false,
  sort,
  onSort,
  noRowsLabel,
  skeletonRows,
  selection,
  footer,
}: {
  label: string;
  rows: readonly Row[];
  columns: readonly TableColumn<Row>[];
  getRowId?: (row: Row) => string;
  loading?: boolean;
  sort: TableSort;
  /** A sortable header was chosen: the same column again reverses its order. */
  onSort: (next: TableSort) => void;
  noRowsLabel: string;
  /** How many placeholder rows stand in for the first page while it loads. */
  skeletonRows: number;
  selection?: RowSelection<Row>;
  footer: ReactNode;
}) {
  const span = columns.length + (selection ? 1 : 0);
  const leastWidth =
    columns.reduce(
      (sum, c) => sum + (c.flex ? (c.minWidth ?? 50) : (c.width ?? DEFAULT_WIDTH)),
      0,
    ) + (selection ? CHECKBOX_WIDTH : 0);
  const ids = rows.map((row) => rowIdOf(row, getRowId));
  return (
    <Box sx={{ position: 'relative', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      {loading && rows.length > 0 && (
        // Rows already shown stay while the next ones load: a bar says it is working.
        <LinearProgress
          aria-label={`Loading ${label.toLowerCase()}`}
          sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}
        />
      )}
      <TableContainer>
        <Table
          size="small"
          aria-label={label}
          aria-busy={loading}
          sx={{ tableLayout: 'fixed', minWidth: leastWidth }}
        >
          <ColumnWidths columns={columns} selectable={selection !== undefined} />
          <TableHead>
            <TableRow>
              {selection && (
                <SelectPageCell
                  label={label}
                  pageIds={ids}
                  selected={selection.selected}
                  onChange={selection.onChange}
                />
              )}
              {columns.map((column) => {
                const active = sort.field === column.field;
                const direction = active ? sort.direction : 'asc';
                return (
                  <TableCell
                    key={column.field}
                    align={alignOf(column, true)}
                    sortDirection={active ? direction : false}
                    sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}
                  >
                    {column.sortable === false ? (
                      column.headerName
                    ) : (
                      <TableSortLabel
                        active={active}
                        direction={direction}
                        onClick={() =>
                          onSort({
                            field: column.field,
                            direction: active && direction === 'asc' ? 'desc' : 'asc',
                          })
                        }
                      >
                        {column.headerName}
                      </TableSortLabel>
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => {
              const id = ids[index] ?? String(index);
              const selected = selection?.selected.includes(id) ?? false;
              // Plain rows and cells (table-cells.css), as MUI's TableRow and small TableCell.
              return (
                <tr
                  key={id}
                  className="fo-row"
                  data-selected={selected ? '' : undefined}
                  data-list-row=""
                >
                  {selection && (
                    <SelectRowCell
                      id={id}
                      name={selection.rowLabel(row)}
                      selected={selection.selected}
                      onChange={selection.onChange}
                    />
                  )}
                  {columns.map((column) => {
                    const params = cellParams(column, row);
                    const align = alignOf(column, false);
                    return (
                      <td
                        key={column.field}
                        className={align ? `fo-cell fo-cell-${align}` : 'fo-cell'}
                      >
                        {column.renderCell
                          ? column.renderCell(params)
                          : cellText(params.formattedValue)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {rows.length === 0 &&
              loading &&
              Array.from({ length: skeletonRows }, (_, index) => (
                <TableRow key={index} aria-hidden>
                  <TableCell colSpan={span}>
                    <Skeleton />
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length === 0 && !loading && (
        // Outside the table, as the Data Grid had it: a line of text is not a row of data.
        <Typography color="text.secondary" sx={{ px: 2, py: 3 }}>
          {noRowsLabel}
        </Typography>
      )}
      {footer}
    </Box>
  );
}
