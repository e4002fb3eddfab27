import { Button, Stack } from '@mui/material';
import type { TableColumn } from './table-columns.ts';

export interface RowAction {
  label: string;
  /** Names the row too, so each row's buttons are told apart by assistive technology. */
  ariaLabel: string;
  onClick: () => void;
  /** Irreversible actions are red. */
  destructive?: boolean;
}

/** The last column of a table: a row's small text buttons, aligned right. */
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
      <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', width: '100%' }}>
        {actionsFor(row).map((action) => (
          <Button
            key={action.label}
            size="small"
            color={action.destructive ? 'error' : undefined}
            onClick={action.onClick}
            aria-label={action.ariaLabel}
          >
            {action.label}
          </Button>
        ))}
      </Stack>
    ),
  };
}
