import { ROLE_LABELS, type Role } from '../../../lib/roles.ts';

// What a role change warns about and says afterwards: shared by the change-role dialog and the
// users list's row select (which loads no dialog code for it).

export interface RoleTarget {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The warnings to read before a role change goes through. */
export function roleChangeWarnings(
  target: RoleTarget,
  next: Role,
  viewerId: string | undefined,
): string[] {
  const warnings: string[] = [];
  if (target.role === 'ADMIN' && next !== 'ADMIN') {
    warnings.push(
      target.id === viewerId
        ? 'You are demoting yourself: at once you lose the admin areas of this console (users, groups, secrets, orchestrators and the organization settings), and only another admin can make you an admin again.'
        : `${target.name} will no longer be an admin: they lose user, group, plugin, secret and settings management.`,
    );
  }
  if (next === 'GUEST')
    warnings.push('Guests cannot hold API keys: every API key of this user is deleted.');
  if (next === 'COLLABORATOR' || next === 'GUEST') {
    warnings.push(
      `Their dataset access is capped at ${next === 'GUEST' ? 'Can view' : 'Can edit'}.`,
    );
  }
  return warnings;
}

/** The toast after a role change: "Emily Carter is now a Collaborator." / "You are now a Member." */
export function roleChangedMessage(target: RoleTarget, role: Role, viewerId?: string): string {
  const label = withArticle(ROLE_LABELS[role]);
  return target.id === viewerId ? `You are now ${label}.` : `${target.name} is now ${label}.`;
}

function withArticle(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}
