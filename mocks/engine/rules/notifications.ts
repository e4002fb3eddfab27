import type { Store } from '../types.ts';
import { DAY_MS } from '../time.ts';
import { isAdmin } from './permissions.ts';
import { seatUsage, type SeatCategory } from './seats.ts';
import type { UserRecord } from '../types.ts';

// The notifications the server raises (fiftyone-api.md §15): admins receive the licence's expiry
// (a warning in the last days, an error once it has ended) and seat compliance (more people or
// pending invitations than the licence allows), as GLOBAL notifications.

export type NotificationLevel = 'INFO' | 'WARNING' | 'ERROR';
export type NotificationCode = 'LICENSE_EXPIRATION' | 'STRICT_COMPLIANCE';
export type NotificationKind = 'DIRECT' | 'GLOBAL';

export interface NotificationRecord {
  kind: NotificationKind;
  code: NotificationCode;
  level: NotificationLevel;
  title: string;
  details: string[] | null;
  read: boolean;
}

/** How long before the licence ends the warning starts. */
export const LICENCE_WARNING_DAYS = 30;

const SEAT_LABELS: Record<SeatCategory, string> = {
  users: 'admin and member',
  collaborators: 'collaborator',
  guests: 'guest',
};

function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

function licenceExpiry(store: Store, now: number): NotificationRecord | null {
  const ends = Date.parse(store.licenceEndsAt);
  const day = formatDay(store.licenceEndsAt);
  if (now >= ends) {
    return {
      kind: 'GLOBAL',
      code: 'LICENSE_EXPIRATION',
      level: 'ERROR',
      title: `Your FiftyOne Enterprise licence ended on ${day}`,
      details: ['Contact your FiftyOne account team to renew it.'],
      read: false,
    };
  }
  const daysLeft = Math.ceil((ends - now) / DAY_MS);
  if (daysLeft > LICENCE_WARNING_DAYS) return null;
  return {
    kind: 'GLOBAL',
    code: 'LICENSE_EXPIRATION',
    level: 'WARNING',
    title: `Your FiftyOne Enterprise licence ends in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${day})`,
    details: ['Contact your FiftyOne account team to renew it.'],
    read: false,
  };
}

function seatCompliance(store: Store, now: number): NotificationRecord | null {
  const usage = seatUsage(store, now);
  const categories: SeatCategory[] = ['users', 'collaborators', 'guests'];
  const over = categories.filter((category) => usage[category].current > store.licence[category]);
  if (over.length === 0) return null;
  return {
    kind: 'GLOBAL',
    code: 'STRICT_COMPLIANCE',
    level: 'ERROR',
    title: 'Your organization uses more seats than its licence allows',
    details: over.map(
      (category) =>
        `${SEAT_LABELS[category]} seats: ${usage[category].current} in use (people and pending invitations), ${store.licence[category]} licensed`,
    ),
    read: false,
  };
}

/** The viewer's notifications, most severe first. */
export function notificationsFor(
  store: Store,
  viewer: UserRecord,
  now: number,
): NotificationRecord[] {
  if (!isAdmin(viewer)) return [];
  return [seatCompliance(store, now), licenceExpiry(store, now)].filter(
    (n): n is NotificationRecord => n !== null,
  );
}
