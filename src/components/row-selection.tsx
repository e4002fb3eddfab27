import { Checkbox, TableCell } from '@mui/material';

/**
 * Rows ticked for an action on several at once: the caller owns the ids (controlled), so a
 * selection can outlive a page change or be cleared once the action is done.
 */
export interface RowSelection<Row> {
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Names the row in its checkbox's label: "Select Ada Lovelace". */
  rowLabel: (row: Row) => string;
}

/** The header's checkbox: ticks or unticks every row on this page, keeping other pages'. */
export function SelectPageCell({
  label,
  pageIds,
  selected,
  onChange,
}: {
  label: string;
  pageIds: readonly string[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const ticked = pageIds.filter((id) => selected.includes(id)).length;
  const all = pageIds.length > 0 && ticked === pageIds.length;
  return (
    <TableCell padding="checkbox">
      <Checkbox
        size="small"
        checked={all}
        indeterminate={ticked > 0 && !all}
        disabled={pageIds.length === 0}
        onChange={() =>
          onChange(
            all
              ? selected.filter((id) => !pageIds.includes(id))
              : [...selected, ...pageIds.filter((id) => !selected.includes(id))],
          )
        }
        slotProps={{ input: { 'aria-label': `Select all ${label.toLowerCase()} on this page` } }}
      />
    </TableCell>
  );
}

/** A row's checkbox. */
export function SelectRowCell({
  id,
  name,
  selected,
  onChange,
}: {
  id: string;
  name: string;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const checked = selected.includes(id);
  return (
    <TableCell padding="checkbox">
      <Checkbox
        size="small"
        checked={checked}
        onChange={() =>
          onChange(checked ? selected.filter((other) => other !== id) : [...selected, id])
        }
        slotProps={{ input: { 'aria-label': `Select ${name}` } }}
      />
    </TableCell>
  );
}
