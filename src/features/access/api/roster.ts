import type { ResultOf } from '../../../lib/graphql.ts';
import type { Role } from '../../../lib/roles.ts';
import type { ManagerRosterQuery } from './documents.ts';

/** Someone a row of the report stands for. */
export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface RosterGroup {
  id: string;
  name: string;
  memberIds: Set<string>;
}

export interface Roster {
  people: Person[];
  groups: RosterGroup[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Everyone with a grant on a dataset the manager manages, and each granted group's members. */
export function loadManagerRoster(data: ResultOf<typeof ManagerRosterQuery>): Roster {
  const people = new Map<string, Person>();
  const groups = new Map<string, RosterGroup>();
  for (const dataset of data.datasets) {
    for (const user of dataset.users) people.set(user.id, pick(user));
    for (const group of dataset.userGroups) {
      const known = groups.get(group.id) ?? {
        id: group.id,
        name: group.name,
        memberIds: new Set(),
      };
      for (const user of group.users) {
        people.set(user.id, pick(user));
        known.memberIds.add(user.id);
      }
      groups.set(group.id, known);
    }
  }
  return { people: [...people.values()].sort(byName), groups: [...groups.values()].sort(byName) };
}

function pick({ id, name, email, role }: Person): Person {
  return { id, name, email, role };
}
