import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import './table-cells.css';

export type ChipTone = 'default' | 'primary' | 'secondary' | 'info' | 'success';

/**
 * A small chip for a short text in a list or a panel (a role, a permission, a status, a name that
 * links somewhere), drawn as MUI's small Chip by a static class (table-cells.css): a page of rows
 * has one or more per row, and a styled Chip each is style-engine work on a list's first view.
 * A label longer than the space ends in an ellipsis, and the whole text is the tooltip (`title`).
 */
export function CellChip({
  label,
  tone = 'default',
  filled = false,
  icon,
  to,
  'aria-label': ariaLabel,
}: {
  label: string;
  tone?: ChipTone;
  /** MUI's `filled` variant; outlined otherwise. */
  filled?: boolean;
  /** A small icon before the label (an `<svg>`, e.g. an MUI icon). */
  icon?: ReactNode;
  /** Makes the chip a link to this route. */
  to?: string;
  'aria-label'?: string;
}) {
  const props = {
    className: 'fo-chip',
    'data-tone': tone,
    'data-filled': filled ? '' : undefined,
    title: label,
    'aria-label': ariaLabel,
  };
  const content = (
    <>
      {icon}
      <span className="fo-chip-label">{label}</span>
    </>
  );
  return to === undefined ? (
    <span {...props}>{content}</span>
  ) : (
    <RouterLink {...props} to={to}>
      {content}
    </RouterLink>
  );
}
