import { isRole, roleText, type Role } from '../lib/roles.ts';
import { TextChip } from './text-chip.tsx';

const COLORS: Record<Role, 'primary' | 'secondary' | 'default' | 'info'> = {
  ADMIN: 'primary',
  MEMBER: 'secondary',
  COLLABORATOR: 'info',
  GUEST: 'default',
};

/** Any role the server answers; one this console does not know shows as its name. */
export function RoleChip({ role }: { role: string }) {
  return (
    <TextChip
      size="small"
      variant="outlined"
      color={isRole(role) ? COLORS[role] : 'default'}
      label={roleText(role)}
    />
  );
}
