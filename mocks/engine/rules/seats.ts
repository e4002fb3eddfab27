import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import type { LicenceRecord, Role, Store } from '../types.ts';

// Licence seats (fiftyone-api.md §14): admins and members take a `users` seat, collaborators a
// `collaborators` seat, guests a `guests` seat; a pending invitation holds the seat of its role.

export type SeatCategory = keyof LicenceRecord;

export interface SeatUsage {
  current: number;
  remaining: number;
}

export function seatCategory(role: Role): SeatCategory {
  if (role === 'COLLABORATOR') return 'collaborators';
  if (role === 'GUEST') return 'guests';
  return 'users';
}

const SEAT_NAMES: Record<SeatCategory, string> = {
  users: 'user',
  collaborators: 'collaborator',
  guests: 'guest',
};

export function isPending(expiresAt: string, now: number): boolean {
  return Date.parse(expiresAt) > now;
}

export function seatUsage(store: Store, now: number): Record<SeatCategory, SeatUsage> {
  const current: Record<SeatCategory, number> = { users: 0, collaborators: 0, guests: 0 };
  for (const user of store.users) current[seatCategory(user.role)] += 1;
  for (const invitation of store.invitations) {
    if (isPending(invitation.expiresAt, now)) current[seatCategory(invitation.role)] += 1;
  }
  const usage = (category: SeatCategory): SeatUsage => ({
    current: current[category],
    remaining: Math.max(0, store.licence[category] - current[category]),
  });
  return { users: usage('users'), collaborators: usage('collaborators'), guests: usage('guests') };
}

/** Refuses when taking one more seat of `role`'s category would exceed the licence. */
export function requireSeat(ctx: Context, role: Role): void {
  const category = seatCategory(role);
  const { current, remaining } = seatUsage(ctx.store, ctx.now())[category];
  if (remaining === 0) {
    const name = SEAT_NAMES[category];
    fail(
      'BAD_USER_INPUT',
      `No ${name} seats left (${current} of ${ctx.store.licence[category]} used): the licence allows no more ${name}s`,
    );
  }
}
