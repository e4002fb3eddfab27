import { ListItemText, MenuItem } from '@mui/material';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '../../../lib/roles.ts';
import type { Seats } from '../api/queries.ts';
import { roleBlock } from './seat-rules.ts';

/**
 * Menu items for a role select: a role without a free seat is disabled and says why, and so is
 * every other role when the current one cannot be left (`keepReason`: the only admin).
 */
export function roleOptions(
  seats: Seats | null | undefined,
  needed = 1,
  currentRole?: Role,
  keepReason: string | null = null,
) {
  return ROLES.map((role) => {
    const blocked = roleBlock(seats, role, needed, currentRole, keepReason);
    return (
      <MenuItem key={role} value={role} disabled={Boolean(blocked)}>
        <ListItemText primary={ROLE_LABELS[role]} secondary={blocked ?? ROLE_DESCRIPTIONS[role]} />
      </MenuItem>
    );
  });
}
