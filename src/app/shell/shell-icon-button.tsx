import { ButtonBase } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';

/**
 * A round icon button as MUI's IconButton draws it (medium size), on the ButtonBase the shell
 * already loads: IconButton would add itself and CircularProgress (~3 kB gzip) to the first
 * page's JavaScript for two buttons.
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
    <ButtonBase
      aria-label={label}
      title={title}
      onClick={onClick}
      centerRipple
      sx={{
        p: 1,
        ml: edge === 'start' ? -1.5 : 0,
        borderRadius: '50%',
        fontSize: '1.5rem',
        color: 'action.active',
        '&:hover': { bgcolor: 'action.hover' },
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      {children}
    </ButtonBase>
  );
}
