import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { CommandPaletteProps } from '../../features/palette/components/command-palette.tsx';

// The palette's code (its dialog, search and results) loads the first time it opens; the shell
// carries only this: the shortcut and the open state.
const CommandPalette = lazy(() =>
  import('../../features/palette/components/command-palette.tsx').then((module) => ({
    default: module.CommandPalette,
  })),
);

type PaletteState = 'never-opened' | 'open' | 'closed';

/** Ctrl-K or ⌘-K, anywhere: the palette opens (once someone is signed in). */
export function useCommandPalette(
  props: Omit<CommandPaletteProps, 'open' | 'onClose' | 'viewer'> & {
    viewer: CommandPaletteProps['viewer'] | undefined;
  },
): { open: () => void; palette: ReactNode } {
  const [state, setState] = useState<PaletteState>('never-opened');
  const signedIn = Boolean(props.viewer);
  useEffect(() => {
    if (!signedIn) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'k') return;
      // The browser's own Ctrl-K (its search bar) would take the keys meant for the palette.
      event.preventDefault();
      setState('open');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [signedIn]);

  const { viewer } = props;
  const palette =
    state === 'never-opened' || !viewer ? null : (
      <Suspense fallback={null}>
        <CommandPalette
          {...props}
          viewer={viewer}
          open={state === 'open'}
          onClose={() => setState('closed')}
        />
      </Suspense>
    );
  return { open: () => setState('open'), palette };
}
