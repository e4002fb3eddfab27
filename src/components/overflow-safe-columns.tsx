import { ClampedText } from './clamped-text.tsx';
import type { TableColumn } from './table-columns.ts';

/**
 * Every cell of a table holds at most `lines` lines of its content, however long the value the
 * server returned, with the full value as the cell's tooltip; the actions column is left alone
 * so its buttons are never cut.
 */
export function overflowSafeColumns<Row>(
  columns: readonly TableColumn<Row>[],
  lines: number,
): TableColumn<Row>[] {
  return columns.map((column) => {
    if (column.field === 'actions' || column.type === 'actions') return column;
    const render = column.renderCell;
    // Numbers without a renderer are short: they keep the plain cell.
    if (!render && column.type === 'number') return column;
    return {
      ...column,
      renderCell: (params) => {
        const value = params.formattedValue ?? params.value;
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
