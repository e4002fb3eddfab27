import type { TableColumn } from './table-columns.ts';
import './table-cells.css';

export interface RowAction {
  label: string;
  /** Names the row too, so each row's buttons are told apart by assistive technology. */
  ariaLabel: string;
  onClick: () => void;
  /** Irreversible actions are red. */
  destructive?: boolean;
}

/**
 * The last column of a table: a row's small text buttons, aligned right. Plain buttons drawn as
 * MUI's small text Button by a static class (table-cells.css): a page of rows has dozens of them,
 * and a styled ButtonBase each is style-engine work on the list's first view.
 */
export function actionsColumn<Row>(
  width: number,
  actionsFor: (row: Row) => RowAction[],
): TableColumn<Row> {
  return {
    field: 'actions',
    headerName: 'Actions',
    width,
    sortable: false,
    type: 'actions',
    align: 'right',
    headerAlign: 'right',
    renderCell: ({ row }) => (
      <span className="fo-actions">
        {actionsFor(row).map((action) => (
          <button
            key={action.label}
            type="button"
            className={action.destructive ? 'fo-action fo-action-error' : 'fo-action'}
            onClick={action.onClick}
            aria-label={action.ariaLabel}
          >
            {action.label}
          </button>
        ))}
      </span>
    ),
  };
}
