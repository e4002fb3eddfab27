import type { CSSProperties, ReactNode } from 'react';
import './table-cells.css';

/**
 * Text from the server shown in at most `lines` lines, ending in an ellipsis when it is longer;
 * the whole text is the tooltip (`title`) and stays in the page for assistive technology.
 */
export function ClampedText({
  lines,
  title,
  maxWidth,
  children,
}: {
  lines: number;
  /** The full text, shown on hover when it is cut. */
  title?: string;
  /**
   * The widest it asks for, in a table that sizes its columns by their content (else a long
   * value takes the row's width and squeezes every other column into a tall, narrow one).
   */
  maxWidth?: string;
  children: ReactNode;
}) {
  // A static class (table-cells.css), not a styled component: one is in every table cell.
  return (
    <span
      className="fo-clamp"
      title={title}
      style={{ '--fo-lines': lines, ...(maxWidth ? { maxWidth } : {}) } as CSSProperties}
    >
      {children}
    </span>
  );
}
