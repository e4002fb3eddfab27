// The organization's roles (fiftyone-api.md §4, §6.4, §14), in privilege order.
export const ROLES = ['ADMIN', 'MEMBER', 'COLLABORATOR', 'GUEST'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  MEMBER: 'Member',
  COLLABORATOR: 'Collaborator',
  GUEST: 'Guest',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN:
    'Manages the organization: users, groups, plugins, secrets and settings; can manage every dataset.',
  MEMBER:
    'Creates datasets and gets each dataset’s default access; can be granted up to Can manage.',
  COLLABORATOR: 'Works only on datasets shared with them, up to Can edit.',
  GUEST: 'Views datasets shared with them; cannot hold API keys.',
};

/** Seat category a role takes in the licence (usersAudit). */
export type Seat = 'users' | 'collaborators' | 'guests';
export function seatOf(role: Role): Seat {
  return role === 'COLLABORATOR' ? 'collaborators' : role === 'GUEST' ? 'guests' : 'users';
}
export const SEAT_LABELS: Record<Seat, string> = {
  users: 'Admin and member seats',
  collaborators: 'Collaborator seats',
  guests: 'Guest seats',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * A role as the server answered it: the label of a known one, or the value itself for a role
 * added after this console was built (e.g. LABELER), so it shows as text instead of failing.
 */
export function roleText(value: string): string {
  return isRole(value) ? ROLE_LABELS[value] : value;
}

/** Label for a select's raw value. */
export function roleLabel(value: unknown): string {
  return typeof value === 'string' && isRole(value) ? ROLE_LABELS[value] : '';
}
