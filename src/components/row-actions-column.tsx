import { Button, Stack } from '@mui/material';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';

export interface RowAction {
  label: string;
  /** Names the row too, so each row's buttons are told apart by assistive technology. */
  ariaLabel: string;
  onClick: () => void;
  /** Irreversible actions are red. */
  destructive?: boolean;
}

/** The last column of a table: a row's small text buttons, aligned right. */
export function actionsColumn<Row extends GridValidRowModel>(
  width: number,
  actionsFor: (row: Row) => RowAction[],
): GridColDef<Row> {
  return {
    field: 'actions',
    headerName: 'Actions',
    width,
    sortable: false,
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
