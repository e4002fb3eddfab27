import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import type { DatasetPermission, DatasetRecord, Role, UserRecord } from '../types.ts';
import { effectivePermission, exceedsCap, roleCap } from './dataset-access.ts';

// Who may do what (fiftyone-api.md §7 and §14). Every resolver asks here; later issues add their
// rules (dataset MANAGE, groups, plugins, secrets…) to this module.

/** Roles from most to least privileged (the SDK's order). */
export const ROLE_ORDER: readonly Role[] = ['ADMIN', 'MEMBER', 'COLLABORATOR', 'GUEST'];

/** Higher is more privileged. */
export function roleRank(role: Role): number {
  return ROLE_ORDER.length - ROLE_ORDER.indexOf(role);
}

export function isAdmin(user: Pick<UserRecord, 'role'>): boolean {
  return user.role === 'ADMIN';
}

/** The refusal for an admin-only action. `action` completes "Only admins can …". */
export function adminOnly(ctx: Context, action: string): never {
  return fail(
    'FORBIDDEN',
    `Only admins can ${action}; you are signed in as a ${roleLabel(ctx.viewer.role)}`,
  );
}

/** Refuses unless the viewer is an admin. */
export function requireAdmin(ctx: Context, action: string): void {
  if (!isAdmin(ctx.viewer)) adminOnly(ctx, action);
}

/** Refuses unless the viewer is `target` or an admin (`action` names the other-user case). */
export function requireSelfOrAdmin(ctx: Context, target: UserRecord, action: string): void {
  if (target.id !== ctx.viewer.id) requireAdmin(ctx, action);
}

export function canHoldApiKeys(user: Pick<UserRecord, 'role'>): boolean {
  return user.role !== 'GUEST';
}

export function roleLabel(role: Role): string {
  return role.toLowerCase();
}

/** Refuses unless the viewer is an admin or can manage the dataset. */
export function requireDatasetManager(ctx: Context, dataset: DatasetRecord, action: string): void {
  if (isAdmin(ctx.viewer)) return;
  if (effectivePermission(ctx.store, ctx.viewer, dataset) === 'MANAGE') return;
  fail(
    'FORBIDDEN',
    `Only admins and people who can manage the dataset ${dataset.name} can ${action}`,
  );
}

/** Whether the viewer may change who can access the dataset (admins and MANAGE holders). */
export function canManageDataset(ctx: Context, dataset: DatasetRecord): boolean {
  return isAdmin(ctx.viewer) || effectivePermission(ctx.store, ctx.viewer, dataset) === 'MANAGE';
}

/**
 * Refuses a grant above what the person's role can hold (fiftyone-api.md §14); the message
 * names the cap. `who` is how the person is named ("Olivia Brooks", "new@example.com").
 */
export function requireWithinRoleCap(who: string, role: Role, permission: DatasetPermission): void {
  if (!exceedsCap(role, permission)) return;
  fail(
    'BAD_USER_INPUT',
    `Cannot grant ${permission} to ${who}: a ${roleLabel(role)} can have at most ${roleCap(role)} on a dataset`,
  );
}
