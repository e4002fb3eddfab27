import type { ReactNode } from 'react';

/** What a cell's renderer is given: its row, its value and that value formatted. */
export interface CellParams<Row> {
  row: Row;
  value: unknown;
  formattedValue: unknown;
}

/**
 * A column of a list table: the subset of MUI X's `GridColDef` the console uses, so a column
 * written for the Data Grid works unchanged.
 */
export interface TableColumn<Row> {
  /** The row's property the cell shows, and the key the sort is asked for. */
  field: string;
  headerName: string;
  /** A share of the width the fixed columns leave. */
  flex?: number;
  minWidth?: number;
  /** A fixed width in pixels. */
  width?: number;
  /** Whether its header sorts the list (default true). */
  sortable?: boolean;
  /** Numbers align right; 'actions' holds buttons, never clamped. */
  type?: 'string' | 'number' | 'actions';
  align?: 'left' | 'right' | 'center';
  headerAlign?: 'left' | 'right' | 'center';
  // The two below are methods, not properties, so their parameters are bivariant (as in
  // GridColDef): a column says which type of value it reads, e.g. `(value: string | null) => …`.
  /** The cell's value from the row, when it is not simply `row[field]`. */
  valueGetter?(value: unknown, row: Row): unknown;
  /** The value as text: what the cell shows without a renderer, and its tooltip. */
  valueFormatter?(value: unknown, row: Row): unknown;
  renderCell?: (params: CellParams<Row>) => ReactNode;
}

/** The value a column reads from a row (what it sorts on). */
export function cellValue<Row extends object>(column: TableColumn<Row>, row: Row): unknown {
  const raw: unknown = Reflect.get(row, column.field);
  return column.valueGetter ? column.valueGetter(raw, row) : raw;
}

/** What a cell is given to draw: its value, formatted when the column says how. */
export function cellParams<Row extends object>(
  column: TableColumn<Row>,
  row: Row,
): CellParams<Row> {
  const value = cellValue(column, row);
  const formattedValue = column.valueFormatter ? column.valueFormatter(value, row) : value;
  return { row, value, formattedValue };
}

/** A row's id: `getRowId`'s answer, else its `id` property. */
export function rowIdOf<Row extends object>(row: Row, getRowId?: (row: Row) => string): string {
  if (getRowId) return getRowId(row);
  return 'id' in row && (typeof row.id === 'string' || typeof row.id === 'number')
    ? String(row.id)
    : '';
}

/** Orders values as the Data Grid did: numbers by size, anything else as text; empty last. */
export function compareValues(a: unknown, b: unknown): number {
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  if (empty(a) || empty(b)) return Number(empty(a)) - Number(empty(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return sortText(a).localeCompare(sortText(b));
}

function sortText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
