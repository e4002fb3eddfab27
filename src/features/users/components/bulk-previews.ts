import type { BulkItem, BulkPreview } from '../../../components/bulk-run-dialog.tsx';
import {
  ROLE_LABELS,
  roleText,
  SEAT_LABELS,
  seatOf,
  isRole,
  type Role,
} from '../../../lib/roles.ts';
import type { Seats } from '../api/queries.ts';

// What a bulk action on people will do, worked out before anything is sent: the rows that will
// be sent (with what each sends), the counts per outcome and the rows skipped with the reason.
// The server still decides each row (seats, the last admin): the run shows its answers per row.

export interface Person {
  id: string;
  name: string;
  email: string;
  role: string;
}

export interface BulkPlan<T> {
  items: BulkItem<T>[];
  preview: BulkPreview;
}

export const YOURSELF_REASON =
  'That is you: change your own role or leave from your own row, not in a bulk change.';

/** How a person is named in a preview and in the results: names repeat, e-mails do not. */
export function personLabel(person: Pick<Person, 'name' | 'email'>): string {
  return `${person.name} (${person.email})`;
}

function counted(labels: readonly string[]): { label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}

/**
 * A role change for many: everyone but yourself and those who have the role already, counted
 * per change ("Guest → Collaborator"), with the seats the new role needs and whether the
 * licence has them free (the rows past the free seats will be refused by the server).
 */
export function rolePlan(
  people: readonly Person[],
  role: Role,
  viewerId: string | undefined,
  seats: Seats | null | undefined,
): BulkPlan<{ userId: string; role: Role }> {
  const skipped: BulkPreview['skipped'][number][] = [];
  const sent: Person[] = [];
  for (const person of people) {
    if (person.id === viewerId)
      skipped.push({ label: personLabel(person), reason: YOURSELF_REASON });
    else if (person.role === role) {
      skipped.push({ label: personLabel(person), reason: `Already ${ROLE_LABELS[role]}` });
    } else sent.push(person);
  }
  const outcomes = counted(sent.map((person) => `${roleText(person.role)} → ${ROLE_LABELS[role]}`));
  const seat = seatOf(role);
  // A change within the same seat category (Admin ↔ Member) takes no new seat.
  const needed = sent.filter(
    (person) => !isRole(person.role) || seatOf(person.role) !== seat,
  ).length;
  const audit = seats?.[seat];
  if (needed > 0 && audit) {
    const free = audit.remaining;
    outcomes.push({
      label:
        free >= needed
          ? `${SEAT_LABELS[seat]} needed (${free.toLocaleString('en')} free)`
          : `${SEAT_LABELS[seat]} needed, but only ${free.toLocaleString('en')} free: the server will refuse ${(needed - free).toLocaleString('en')}`,
      count: needed,
    });
  }
  return {
    items: sent.map((person) => ({
      key: person.id,
      label: personLabel(person),
      input: { userId: person.id, role },
    })),
    preview: { outcomes, skipped },
  };
}

/** Adding many to a group: everyone not in it yet. */
export function addToGroupPlan(
  people: readonly Person[],
  group: { id: string; name: string },
  memberIds: ReadonlySet<string>,
): BulkPlan<{ groupId: string; userId: string }> {
  const skipped = people
    .filter((person) => memberIds.has(person.id))
    .map((person) => ({ label: personLabel(person), reason: `Already a member of ${group.name}` }));
  const sent = people.filter((person) => !memberIds.has(person.id));
  return {
    items: sent.map((person) => ({
      key: person.id,
      label: personLabel(person),
      input: { groupId: group.id, userId: person.id },
    })),
    preview: {
      outcomes: sent.length > 0 ? [{ label: `Add to ${group.name}`, count: sent.length }] : [],
      skipped,
    },
  };
}

/** Removing many from the organization: everyone but yourself. */
export function removePlan(
  people: readonly Person[],
  viewerId: string | undefined,
): BulkPlan<{ userId: string }> {
  const sent = people.filter((person) => person.id !== viewerId);
  return {
    items: sent.map((person) => ({
      key: person.id,
      label: personLabel(person),
      input: { userId: person.id },
    })),
    preview: {
      outcomes: counted(sent.map((person) => `Remove ${roleText(person.role)}`)),
      skipped: people
        .filter((person) => person.id === viewerId)
        .map((person) => ({
          label: personLabel(person),
          reason: 'That is you: another admin has to remove you.',
        })),
    },
  };
}
