import { isRole, roleText, type Role } from '../lib/roles.ts';
import { CellChip, type ChipTone } from './cell-chip.tsx';

const TONES: Record<Role, ChipTone> = {
  ADMIN: 'primary',
  MEMBER: 'secondary',
  COLLABORATOR: 'info',
  GUEST: 'default',
};

/** Any role the server answers; one this console does not know shows as its name. */
export function RoleChip({ role }: { role: string }) {
  return <CellChip tone={isRole(role) ? TONES[role] : 'default'} label={roleText(role)} />;
}
