import { Chip } from '@mui/material';
import { ROLE_LABELS, type Role } from '../lib/roles.ts';

const COLORS: Record<Role, 'primary' | 'secondary' | 'default' | 'info'> = {
  ADMIN: 'primary',
  MEMBER: 'secondary',
  COLLABORATOR: 'info',
  GUEST: 'default',
};

export function RoleChip({ role }: { role: Role }) {
  return <Chip size="small" variant="outlined" color={COLORS[role]} label={ROLE_LABELS[role]} />;
}
