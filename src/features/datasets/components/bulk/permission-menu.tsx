import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { Button, ListItemText, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';
import { permissionText } from '../../../../lib/permissions.ts';
import { GRANT_LEVELS, PERMISSION_DESCRIPTIONS, type GrantLevel } from '../../lib/access-rules.ts';

/** A button opening the grant levels; picking one starts the bulk change (its preview first). */
export function PermissionMenu({
  label,
  onPick,
  disabled,
}: {
  label: string;
  onPick: (level: GrantLevel) => void;
  disabled?: boolean;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        disabled={disabled}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {label}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {GRANT_LEVELS.map((level) => (
          <MenuItem
            key={level}
            onClick={() => {
              setAnchor(null);
              onPick(level);
            }}
          >
            <ListItemText
              primary={permissionText(level)}
              secondary={PERMISSION_DESCRIPTIONS[level]}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
