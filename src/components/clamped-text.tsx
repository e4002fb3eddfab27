import type { CSSProperties, ReactNode } from 'react';
import './table-cells.css';

/**
 * Text from the server shown in at most `lines` lines, ending in an ellipsis when it is longer;
 * the whole text is the tooltip (`title`) and stays in the page for assistive technology.
 */
export function ClampedText({
  lines,
  title,
  children,
}: {
  lines: number;
  /** The full text, shown on hover when it is cut. */
  title?: string;
  children: ReactNode;
}) {
  // A static class (table-cells.css), not a styled component: one is in every table cell.
  return (
    <span className="fo-clamp" title={title} style={{ '--fo-lines': lines } as CSSProperties}>
      {children}
    </span>
  );
}
