import { Chip } from '@mui/material';
import { isRole, roleText, type Role } from '../lib/roles.ts';

const COLORS: Record<Role, 'primary' | 'secondary' | 'default' | 'info'> = {
  ADMIN: 'primary',
  MEMBER: 'secondary',
  COLLABORATOR: 'info',
  GUEST: 'default',
};

/** Any role the server answers; one this console does not know shows as its name. */
export function RoleChip({ role }: { role: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={isRole(role) ? COLORS[role] : 'default'}
      label={roleText(role)}
    />
  );
}
