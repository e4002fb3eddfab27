import type { DatasetAccess, Person } from '../api/queries.ts';
import { effectiveAccess, type AccessSources } from '../lib/access-rules.ts';
import { type Permission } from '../../../lib/permissions.ts';

/** Someone the access page knows: by a grant of their own, or as a member of a granted group. */
export interface AccessPerson extends Person {
  own: Permission | null;
  groups: { name: string; level: Permission }[];
}

/** The groups with a grant here that `personId` is a member of, with their levels. */
export function groupsOf(access: DatasetAccess, personId: string) {
  return access.userGroups
    .filter((group) => group.users.some((user) => user.id === personId))
    .map((group) => ({ name: group.name, level: group.permission ?? 'NO_ACCESS' }));
}

/** `person`'s grant of their own here, or null when they have none. */
export function ownGrantOf(access: DatasetAccess, personId: string): Permission | null {
  return access.users.find((user) => user.id === personId)?.userPermission ?? null;
}

/** Everyone with a grant of their own here, and every member of a group with one. */
export function accessPeople(access: DatasetAccess): AccessPerson[] {
  const people = new Map<string, Person>();
  for (const user of access.users) people.set(user.id, user);
  for (const group of access.userGroups) {
    for (const user of group.users) if (!people.has(user.id)) people.set(user.id, user);
  }
  return [...people.values()].map((person) => ({
    id: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    own: ownGrantOf(access, person.id),
    groups: groupsOf(access, person.id),
  }));
}

/** Where `person`'s access to the dataset comes from. */
export function sourcesFor(access: DatasetAccess, person: Person): AccessSources {
  return {
    role: person.role,
    defaultPermission: access.defaultPermission,
    own: ownGrantOf(access, person.id),
    groups: groupsOf(access, person.id),
  };
}

/**
 * The access page as it will be once `person` has `permission` of their own (null: none), and
 * what it gives them: people-access-table's optimistic change before the API confirms it, and
 * its undo (only that person's row) when the API refuses it.
 */
export function withOwnGrant(
  access: DatasetAccess,
  person: Person,
  permission: Permission | null,
): DatasetAccess {
  const listed = access.users.some((user) => user.id === person.id);
  if (permission === null) {
    return listed
      ? { ...access, users: access.users.filter((user) => user.id !== person.id) }
      : access;
  }
  const activePermission = effectiveAccess({ ...sourcesFor(access, person), own: permission });
  const granted = { userPermission: permission, activePermission };
  const users = listed
    ? access.users.map((user) => (user.id === person.id ? { ...user, ...granted } : user))
    : [...access.users, { ...pick(person), ...granted }].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
  return { ...access, users };
}

function pick({ id, name, email, role }: Person): Person {
  return { id, name, email, role };
}
