import { ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import type { MenuEntry } from './lazy-menu.tsx';

export function ActionMenu({
  anchor,
  entries,
  onClose,
}: {
  anchor: HTMLElement;
  entries: readonly MenuEntry[];
  onClose: () => void;
}) {
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {entries.map((entry) => (
        <MenuItem
          key={entry.key}
          selected={entry.selected}
          onClick={() => {
            onClose();
            entry.onSelect();
          }}
        >
          {entry.icon && <ListItemIcon>{entry.icon}</ListItemIcon>}
          <ListItemText>{entry.label}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
