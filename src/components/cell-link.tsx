import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import './table-cells.css';

/**
 * A link in a table cell, drawn as MUI's Link (underlined, the primary colour) by a static class
 * (table-cells.css): a list has one per row, and a styled Link per row is style-engine work on
 * the list's first view.
 */
export function CellLink({
  to,
  'aria-label': ariaLabel,
  children,
}: {
  to: string;
  'aria-label'?: string;
  children: ReactNode;
}) {
  return (
    <RouterLink className="fo-link" to={to} aria-label={ariaLabel}>
      {children}
    </RouterLink>
  );
}
