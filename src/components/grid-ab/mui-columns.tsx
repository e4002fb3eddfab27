import type { GridColDef } from '@mui/x-data-grid';
import { overflowSafeColumns } from '../overflow-safe-columns.tsx';
import { cellParams, cellValue, rowIdOf, type TableColumn } from '../table-columns.ts';

// Measuring only (bench A/B, VITE_TABLE=grid): the light table's columns and rows as the Data
// Grid takes them. Each row is wrapped, so any row type is a grid row.
export interface Wrapped<Row> {
  id: string;
  row: Row;
}

export function wrapRows<Row extends object>(
  rows: readonly Row[],
  getRowId?: (row: Row) => string,
): Wrapped<Row>[] {
  return rows.map((row) => ({ id: rowIdOf(row, getRowId), row }));
}

export function gridColumns<Row extends object>(
  columns: readonly TableColumn<Row>[],
  lines: number,
): GridColDef<Wrapped<Row>>[] {
  return overflowSafeColumns(columns, lines).map((column) => {
    const render = column.renderCell;
    return {
      field: column.field,
      headerName: column.headerName,
      flex: column.flex,
      minWidth: column.minWidth,
      width: column.width,
      sortable: column.sortable,
      type: column.type === 'number' ? 'number' : undefined,
      align: column.align,
      headerAlign: column.headerAlign,
      valueGetter: (_value: never, wrapped: Wrapped<Row>) => cellValue(column, wrapped.row),
      renderCell: render ? ({ row }) => render(cellParams(column, row.row)) : undefined,
    };
  });
}
