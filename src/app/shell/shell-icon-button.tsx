import { Box } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';

/** What a browser draws on a <button> by itself, undone: the shell's buttons draw their own. */
export const SHELL_BUTTON_RESET = {
  appearance: 'none',
  m: 0,
  border: 0,
  bgcolor: 'transparent',
  font: 'inherit',
  cursor: 'pointer',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
} as const;

/**
 * A round icon button as MUI's IconButton draws it (medium size), as a plain <button>: IconButton
 * (with ButtonBase, its ripple and CircularProgress) would add ~6 kB gzip to the first page's
 * JavaScript for the shell's two icon buttons.
 */
export function ShellIconButton({
  label,
  title,
  edge,
  onClick,
  children,
}: {
  /** The accessible name (the button shows only an icon). */
  label: string;
  title?: string;
  /** Pulls the button to the bar's start edge, as IconButton's edge="start". */
  edge?: 'start';
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  children: ReactNode;
}) {
  return (
    <Box
      component="button"
      type="button"
      aria-label={label}
      title={title}
      onClick={onClick}
      sx={{
        ...SHELL_BUTTON_RESET,
        p: 1,
        ml: edge === 'start' ? -1.5 : 0,
        borderRadius: '50%',
        fontSize: '1.5rem',
        color: 'action.active',
        transition: (theme) =>
          theme.transitions.create('background-color', {
            duration: theme.transitions.duration.shortest,
          }),
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      {children}
    </Box>
  );
}
