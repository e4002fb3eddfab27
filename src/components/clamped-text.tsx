import { Box } from '@mui/material';
import type { ReactNode } from 'react';

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
  return (
    <Box
      component="span"
      title={title}
      sx={{
        display: '-webkit-box',
        // Still the only way browsers clamp to N lines with an ellipsis (css-overflow-4).
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        WebkitBoxOrient: 'vertical',
        WebkitLineClamp: lines,
        overflow: 'hidden',
        overflowWrap: 'anywhere',
        minWidth: 0,
        maxWidth: '100%',
      }}
    >
      {children}
    </Box>
  );
}
