import { Box, Button } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { PERMISSION_LABELS, type Permission } from '../../../lib/permissions.ts';
import type { MatrixCells } from '../api/matrix-document.ts';

/** What a cell shows while its request is out, or for a dataset that is gone. */
const PENDING = '…';
const GONE = '—';
/**
 * Every cell is as tall as a "why" button whatever it shows: when the cells arrive ('…' becomes
 * a button) no row grows, so nothing moves under a pointer about to click a person's link.
 */
const CELL_HEIGHT = 32;

function Cell({ children }: { children: React.ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'flex', alignItems: 'center', minHeight: CELL_HEIGHT }}>
      {children}
    </Box>
  );
}

/** One column per dataset on screen; each cell reads its level from the screen's cells. */
export function datasetColumns<Row extends { id: string }>(
  datasets: readonly string[],
  cells: MatrixCells | undefined,
  levelOf: (column: NonNullable<ReturnType<MatrixCells['get']>>, row: Row) => Permission | null,
  render: (dataset: string, row: Row, level: Permission | null) => React.ReactNode,
): TableColumn<Row>[] {
  return datasets.map((dataset, j) => ({
    field: `d${String(j)}`,
    headerName: dataset,
    minWidth: 130,
    flex: 1,
    sortable: false,
    renderCell: ({ row }) => {
      const column = cells?.get(dataset);
      return (
        <Cell>
          {!cells?.has(dataset)
            ? PENDING
            : column
              ? render(dataset, row, levelOf(column, row))
              : GONE}
        </Cell>
      );
    },
  }));
}

/** A person's cell: their level, and the way to ask why. */
export function WhyButton({
  name,
  dataset,
  level,
  onWhy,
}: {
  name: string;
  dataset: string;
  level: Permission;
  onWhy: () => void;
}) {
  const label = PERMISSION_LABELS[level];
  return (
    <Button
      size="small"
      color={level === 'NO_ACCESS' ? 'inherit' : 'primary'}
      variant={level === 'MANAGE' ? 'contained' : 'text'}
      aria-label={`Why does ${name} have ${label} on ${dataset}?`}
      onClick={onWhy}
      sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
    >
      {label}
    </Button>
  );
}
