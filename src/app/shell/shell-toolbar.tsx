import { Box, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A bar as MUI's Toolbar draws one (regular height, gutters), in plain markup: the shell's only
 * other need for Toolbar's code. Empty, it is the spacer that keeps content below the fixed bar.
 */
export function ShellToolbar({
  gap,
  children,
}: {
  gap?: number | { xs: number; sm: number };
  children?: ReactNode;
}) {
  const style: SxProps<Theme> = (theme) => ({
    ...theme.mixins.toolbar,
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap,
    px: { xs: 2, sm: 3 },
  });
  return <Box sx={style}>{children}</Box>;
}
