import { describe, expect, it } from 'vitest';
import type { DatasetAccess, Person } from '../api/queries.ts';
import { ownGrantOf, withOwnGrant } from './access-people.ts';

const wei: Person = { id: 'u1', name: 'Wei Zhang', email: 'wei@acme.ai', role: 'MEMBER' };
const sofia: Person = { id: 'u2', name: 'Sofia Petrova', email: 'sofia@acme.ai', role: 'MEMBER' };
const ana: Person = { id: 'u3', name: 'Ana Lima', email: 'ana@acme.ai', role: 'MEMBER' };

const access: DatasetAccess = {
  id: 'd1',
  name: 'lidar',
  slug: 'lidar',
  description: null,
  mediaType: 'image',
  samplesCount: 10,
  createdAt: '2026-01-01T00:00:00Z',
  defaultPermission: 'NO_ACCESS',
  createdBy: null,
  viewer: { id: wei.id, activePermission: 'MANAGE' },
  users: [
    { ...sofia, userPermission: 'EDIT', activePermission: 'EDIT' },
    { ...wei, userPermission: 'MANAGE', activePermission: 'MANAGE' },
  ],
  userGroups: [
    {
      id: 'g1',
      name: 'Perception',
      slug: 'perception',
      description: null,
      permission: 'VIEW',
      usersCount: 2,
      users: [sofia, ana],
    },
  ],
};

describe('withOwnGrant', () => {
  it('gives someone known only through a group a grant, and takes it back with null', () => {
    const granted = withOwnGrant(access, ana, 'EDIT');
    expect(granted.users.map((user) => user.name)).toEqual([
      'Ana Lima',
      'Sofia Petrova',
      'Wei Zhang',
    ]);
    expect(granted.users[0]).toMatchObject({ userPermission: 'EDIT', activePermission: 'EDIT' });
    expect(withOwnGrant(granted, ana, null)).toEqual(access);
    expect(withOwnGrant(access, ana, null)).toBe(access);
  });

  it('undoes one person’s change and leaves what else changed since', () => {
    const optimistic = withOwnGrant(access, wei, 'VIEW');
    // Meanwhile Sofia's own grant goes; her group still gives her Can view.
    const meanwhile = withOwnGrant(optimistic, sofia, null);
    const undone = withOwnGrant(meanwhile, wei, ownGrantOf(access, wei.id));
    expect(undone.users).toEqual([
      { ...wei, userPermission: 'MANAGE', activePermission: 'MANAGE' },
    ]);
    expect(ownGrantOf(undone, sofia.id)).toBeNull();
  });
});
