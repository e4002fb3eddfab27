import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import type { PaletteItem } from '../lib/palette-items.ts';
import type { PaletteGroup } from '../use-palette-results.ts';

/** The DOM id of the option at `index` (indices, since entry ids may hold any character). */
export function optionId(listboxId: string, index: number): string {
  return `${listboxId}-option-${String(index)}`;
}

/**
 * The palette's results: a listbox whose options are grouped by kind, each group labelled (the
 * ARIA grouped listbox). Focus stays in the combobox; the active option is the one
 * `aria-activedescendant` names there, highlighted here and kept in view.
 */
export function PaletteListbox({
  id,
  groups,
  activeIndex,
  onActivate,
  onChoose,
}: {
  id: string;
  groups: readonly PaletteGroup[];
  activeIndex: number;
  onActivate: (index: number) => void;
  onChoose: (item: PaletteItem) => void;
}) {
  useEffect(() => {
    const active = document.getElementById(optionId(id, activeIndex));
    // jsdom has no scrollIntoView.
    if (active && 'scrollIntoView' in active) active.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  // Options are numbered across the groups, as the arrows walk through them.
  const firstIndex = groups.map((_, g) =>
    groups.slice(0, g).reduce((sum, group) => sum + group.items.length, 0),
  );
  return (
    <Box
      role="listbox"
      id={id}
      aria-label="Results"
      // Scrolls with the keyboard too (axe: scrollable-region-focusable); the arrows in the
      // search box are the way through it.
      tabIndex={-1}
      sx={{ maxHeight: 'min(60vh, 440px)', overflowY: 'auto', px: 1, pb: 1 }}
    >
      {groups.map((group, g) => {
        const labelId = `${id}-${group.key}`;
        return (
          <Box
            component="ul"
            role="group"
            aria-labelledby={labelId}
            key={group.key}
            sx={{ listStyle: 'none', m: 0, p: 0 }}
          >
            <Typography
              component="li"
              role="presentation"
              id={labelId}
              variant="overline"
              color="text.secondary"
              sx={{ display: 'block', px: 1.5, pt: 1, lineHeight: 2 }}
            >
              {group.label}
            </Typography>
            {group.items.map((item, i) => {
              const position = (firstIndex[g] ?? 0) + i;
              const active = position === activeIndex;
              return (
                // Chosen with the keyboard in the search box (aria-activedescendant), or clicked.
                <Box
                  component="li"
                  role="option"
                  id={optionId(id, position)}
                  key={`${group.key}:${item.id}`}
                  aria-selected={active}
                  onClick={() => onChoose(item)}
                  onMouseMove={() => {
                    if (!active) onActivate(position);
                  }}
                  sx={{
                    display: 'flex',
                    gap: 2,
                    alignItems: 'baseline',
                    px: 1.5,
                    py: 1,
                    borderRadius: 1,
                    cursor: 'pointer',
                    bgcolor: active ? 'action.selected' : undefined,
                  }}
                >
                  <Box component="span" sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                    {item.label}
                  </Box>
                  <Box
                    component="span"
                    sx={{
                      color: 'text.secondary',
                      typography: 'body2',
                      textAlign: 'right',
                      overflowWrap: 'anywhere',
                      maxWidth: '50%',
                    }}
                  >
                    {item.detail}
                  </Box>
                </Box>
              );
            })}
          </Box>
        );
      })}
    </Box>
  );
}
