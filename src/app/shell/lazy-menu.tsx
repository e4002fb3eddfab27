import { lazy, Suspense, type ReactNode } from 'react';

export interface MenuEntry {
  key: string;
  label: string;
  icon?: ReactNode;
  selected?: boolean;
  onSelect: () => void;
}

// MUI's Menu (popover, modal, focus trap, transitions) loads the first time a menu opens, not
// with the first page.
const ActionMenu = lazy(() =>
  import('./action-menu.tsx').then((module) => ({ default: module.ActionMenu })),
);

export function LazyMenu({
  anchor,
  entries,
  onClose,
}: {
  anchor: HTMLElement | null;
  entries: readonly MenuEntry[];
  onClose: () => void;
}) {
  if (!anchor) return null;
  return (
    <Suspense fallback={null}>
      <ActionMenu anchor={anchor} entries={entries} onClose={onClose} />
    </Suspense>
  );
}
