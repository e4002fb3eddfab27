import { Box } from '@mui/material';
import type { KeyboardEvent } from 'react';
import { Link as RouterLink } from 'react-router';

export interface LinkTab {
  value: string;
  label: string;
  to: string;
}

const NEXT: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Tabs that are links to sibling pages, drawn and announced as MUI's `Tabs` with
 * `Tab component={Link}` (a tablist of tabs, arrow keys, Home and End move between them, Enter
 * follows), with the selected tab's underline in CSS. MUI's Tabs measure every tab's box to
 * place their indicator: a forced layout inside a list page's first render (70–160 ms).
 */
export function LinkTabs({
  label,
  tabs,
  value,
}: {
  label: string;
  tabs: readonly LinkTab[];
  /** The selected tab, or none (`false`). */
  value: string | false;
}) {
  const focusable = tabs.some((tab) => tab.value === value) ? value : tabs[0]?.value;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = NEXT[event.key];
    const own = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]'));
    const index = own.indexOf(event.target as HTMLElement);
    if (!move || index < 0) return;
    event.preventDefault();
    own[move(index, own.length)]?.focus();
  };
  return (
    <Box
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      sx={{
        display: 'flex',
        overflowX: 'auto',
        mb: 2,
        borderBottom: 1,
        borderColor: 'divider',
        '& > a': {
          typography: 'button',
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
          minWidth: 90,
          maxWidth: 360,
          minHeight: 48,
          px: 2,
          py: 1.5,
          boxSizing: 'border-box',
          color: 'text.secondary',
          textDecoration: 'none',
          textAlign: 'center',
          borderBottom: '2px solid transparent',
          '&:hover': { color: 'text.primary' },
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        },
        '& > a[aria-selected="true"]': { color: 'primary.main', borderBottomColor: 'primary.main' },
      }}
    >
      {tabs.map((tab) => (
        <RouterLink
          key={tab.value}
          to={tab.to}
          role="tab"
          aria-selected={tab.value === value}
          tabIndex={tab.value === focusable ? 0 : -1}
        >
          {tab.label}
        </RouterLink>
      ))}
    </Box>
  );
}
