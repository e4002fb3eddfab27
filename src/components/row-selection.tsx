import { useEffect, useRef } from 'react';
import './table-cells.css';

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
  const some = ticked > 0 && !all;
  const box = useRef<HTMLInputElement>(null);
  // "Some of this page": a property only, not an attribute.
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  return (
    <th scope="col" className="fo-cell fo-cell-checkbox">
      <input
        ref={box}
        type="checkbox"
        className="fo-checkbox"
        checked={all}
        disabled={pageIds.length === 0}
        aria-label={`Select all ${label.toLowerCase()} on this page`}
        onChange={() =>
          onChange(
            all
              ? selected.filter((id) => !pageIds.includes(id))
              : [...selected, ...pageIds.filter((id) => !selected.includes(id))],
          )
        }
      />
    </th>
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
  // A native checkbox in a plain cell (table-cells.css): one per row, so none of MUI's
  // Checkbox (button base, ripple, two icons) per row on a list's first view.
  return (
    <td className="fo-cell fo-cell-checkbox">
      <input
        type="checkbox"
        className="fo-checkbox"
        checked={checked}
        aria-label={`Select ${name}`}
        onChange={() =>
          onChange(checked ? selected.filter((other) => other !== id) : [...selected, id])
        }
      />
    </td>
  );
}
