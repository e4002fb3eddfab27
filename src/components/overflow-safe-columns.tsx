import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { ClampedText } from './clamped-text.tsx';

/**
 * Every cell of a table holds at most `lines` lines of its content, however long the value the
 * server returned, with the full value as the cell's tooltip; the actions column is left alone
 * so its buttons are never cut.
 */
export function overflowSafeColumns<Row extends GridValidRowModel>(
  columns: readonly GridColDef<Row>[],
  lines: number,
): GridColDef<Row>[] {
  return columns.map((column) => {
    if (column.field === 'actions' || column.type === 'actions') return column;
    const render = column.renderCell;
    // Booleans, dates and numbers without a renderer keep the grid's own cell.
    if (!render && column.type !== undefined && column.type !== 'string') return column;
    return {
      ...column,
      renderCell: (params) => {
        const value: unknown = params.formattedValue ?? params.value;
        const title =
          typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
        return (
          <ClampedText lines={lines} title={title}>
            {render ? render(params) : title}
          </ClampedText>
        );
      },
    };
  });
}
