import { Chip, chipClasses, Tooltip, type ChipProps } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';

type TextChipProps = Pick<
  ChipProps,
  | 'size'
  | 'variant'
  | 'color'
  | 'icon'
  | 'disabled'
  | 'onDelete'
  | 'deleteIcon'
  | 'sx'
  | 'className'
  | 'tabIndex'
  | 'aria-label'
> & {
  /** The text, however long the server made it: cut with an ellipsis, whole on hover and focus. */
  label: string;
  /** Makes the chip a link to this route. */
  to?: string;
};

/**
 * The one chip for text from the server (roles, buckets, names, keys). MUI cuts a chip's label to
 * the width it is given; when that happens the whole text shows as a tooltip on hover and on
 * keyboard focus, so a chip that is cut becomes focusable even when it does nothing else.
 */
export function TextChip({ label, to, tabIndex, ...chip }: TextChipProps) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const cut = useLabelCut(root);
  const interactive = to !== undefined || chip.onDelete !== undefined;
  const focusable = tabIndex ?? (cut && !interactive ? 0 : undefined);
  return (
    <Tooltip title={cut ? label : null} describeChild>
      {to === undefined ? (
        <Chip {...chip} ref={setRoot} label={label} tabIndex={focusable} />
      ) : (
        <Chip
          {...chip}

          ref={setRoot}
          label={label}
          tabIndex={focusable}
          component={RouterLink}
          to={to}
          clickable
        />
      )}
    </Tooltip>
  );
}

/** Whether the chip's label is cut at its current width; follows resizes of the chip. */
function useLabelCut(root: HTMLElement | null): boolean {
  const [cut, setCut] = useState(false);
  useEffect(() => {
    if (!root || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const label = root.querySelector(`.${chipClasses.label}`);
      setCut(label !== null && label.scrollWidth > label.clientWidth);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [root]);
  return cut;
}
