import { seatOf, SEAT_LABELS, type Role } from '../../../lib/roles.ts';
import type { Seats } from '../api/queries.ts';

/**
 * Why a role cannot be given to `needed` more people right now, or null if it can.
 * `currentRole`: a role change from this role needs no new seat if it stays in the same category.
 */
export function seatBlock(
  seats: Seats | null | undefined,
  role: Role,
  needed = 1,
  currentRole?: Role,
): string | null {
  if (!seats) return null;
  const seat = seatOf(role);
  if (currentRole && seatOf(currentRole) === seat) return null;
  const audit = seats[seat];
  if (!audit) return null;
  if (audit.remaining >= needed) return null;
  const used = `${audit.current} of ${audit.current + audit.remaining} used`;
  return audit.remaining === 0
    ? `No ${SEAT_LABELS[seat].toLowerCase()} left (${used})`
    : `Only ${audit.remaining} ${SEAT_LABELS[seat].toLowerCase()} left (${used})`;
}

/**
 * Why a role select cannot offer `role`, or null: no free seat for it, or (`keepReason`: the
 * only admin) the current role cannot be left. The current role itself is always offered.
 */
export function roleBlock(
  seats: Seats | null | undefined,
  role: Role,
  needed = 1,
  currentRole?: Role,
  keepReason: string | null = null,
): string | null {
  return role === currentRole ? null : (keepReason ?? seatBlock(seats, role, needed, currentRole));
}
