import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTestStore, IDS } from '../test-fixtures.ts';
import type { DatasetPermission, DatasetRecord, Role, Store, UserRecord } from '../types.ts';
import {
  effectivePermission,
  grantableLevels,
  invitationRoleFor,
  permissionRank,
  permissionSources,
  roleCap,
} from './dataset-access.ts';

// The effective-permission rule (fiftyone-api.md §6.4, §14): the highest of admin, the
// default (members only), the user's own grant and each of their groups' grants, capped by role.

const ROLES: readonly Role[] = ['ADMIN', 'MEMBER', 'COLLABORATOR', 'GUEST'];
const LEVELS: readonly DatasetPermission[] = ['NO_ACCESS', 'VIEW', 'TAG', 'EDIT', 'MANAGE'];

/** A store with one person of `role`, one dataset and one group the person belongs to. */
function scenario(
  role: Role,
  sources: { default?: DatasetPermission; own?: DatasetPermission; group?: DatasetPermission },
): { store: Store; user: UserRecord; dataset: DatasetRecord } {
  const store = buildTestStore();
  const user = store.users.find((u) => u.id === IDS.bea);
  const dataset = store.datasets.find((d) => d.id === IDS.datasetGamma);
  const group = store.groups[0];
  if (!user || !dataset || !group) throw new Error('test store changed');
  user.role = role;
  group.memberIds = [user.id];
  dataset.defaultPermission = sources.default ?? 'NO_ACCESS';
  dataset.userGrants = sources.own ? { [user.id]: sources.own } : {};
  dataset.groupGrants = sources.group ? { [group.id]: sources.group } : {};
  return { store, user, dataset };
}

describe('effective permission: every role × source combination', () => {
  // Sources present (D = default EDIT, O = own grant TAG, G = group grant MANAGE) and what each
  // role ends up with: members take the default, collaborators and guests do not, and the caps
  // (collaborator EDIT, guest VIEW) cut MANAGE and EDIT down.
  const TABLE = `
    sources  ADMIN   MEMBER     COLLABORATOR  GUEST
    -        MANAGE  NO_ACCESS  NO_ACCESS     NO_ACCESS
    D        MANAGE  EDIT       NO_ACCESS     NO_ACCESS
    O        MANAGE  TAG        TAG           VIEW
    G        MANAGE  MANAGE     EDIT          VIEW
    DO       MANAGE  EDIT       TAG           VIEW
    DG       MANAGE  MANAGE     EDIT          VIEW
    OG       MANAGE  MANAGE     EDIT          VIEW
    DOG      MANAGE  MANAGE     EDIT          VIEW`;
  const rows = TABLE.trim()
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/));
  const cases = rows.flatMap(([sources = '', ...expected]) =>
    ROLES.map((role, i) => [role, sources, expected[i] ?? '?'] as const),
  );

  it.each(cases)('%s with sources %s has %s', (role, sources, expected) => {
    const { store, user, dataset } = scenario(role, {
      default: sources.includes('D') ? 'EDIT' : undefined,
      own: sources.includes('O') ? 'TAG' : undefined,
      group: sources.includes('G') ? 'MANAGE' : undefined,
    });
    expect(effectivePermission(store, user, dataset)).toBe(expected);
    expect(permissionSources(store, user, dataset).effective).toBe(expected);
  });
});

describe('caps and grant menus', () => {
  it('offers each role the levels up to its cap', () => {
    expect(grantableLevels('ADMIN')).toEqual(['VIEW', 'TAG', 'EDIT', 'MANAGE']);
    expect(grantableLevels('MEMBER')).toEqual(['VIEW', 'TAG', 'EDIT', 'MANAGE']);
    expect(grantableLevels('COLLABORATOR')).toEqual(['VIEW', 'TAG', 'EDIT']);
    expect(grantableLevels('GUEST')).toEqual(['VIEW']);
  });

  it('invites with the least role that can hold the level', () => {
    expect(LEVELS.slice(1).map(invitationRoleFor)).toEqual([
      'GUEST',
      'COLLABORATOR',
      'COLLABORATOR',
      'MEMBER',
    ]);
    for (const level of LEVELS.slice(1)) {
      expect(permissionRank(roleCap(invitationRoleFor(level)))).toBeGreaterThanOrEqual(
        permissionRank(level),
      );
    }
  });
});

// Random organizations: a handful of people with random roles, groups with random members, and
// one dataset with a random default and random grants.
const role = fc.constantFrom(...ROLES);
const level = fc.constantFrom(...LEVELS);
const grantLevel = fc.constantFrom(...LEVELS.slice(1));

interface World {
  roles: Role[];
  defaultPermission: DatasetPermission;
  own: (DatasetPermission | null)[];
  groups: { members: boolean[]; grant: DatasetPermission | null }[];
}

const world: fc.Arbitrary<World> = fc.integer({ min: 1, max: 5 }).chain((people) =>
  fc.record({
    roles: fc.array(role, { minLength: people, maxLength: people }),
    defaultPermission: level,
    own: fc.array(fc.option(grantLevel, { nil: null }), {
      minLength: people,
      maxLength: people,
    }),
    groups: fc.array(
      fc.record({
        members: fc.array(fc.boolean(), { minLength: people, maxLength: people }),
        grant: fc.option(grantLevel, { nil: null }),
      }),
      { maxLength: 3 },
    ),
  }),
);

function buildWorld(w: World): { store: Store; dataset: DatasetRecord } {
  const store = buildTestStore();
  const base = store.users[0];
  const dataset = store.datasets[0];
  if (!base || !dataset) throw new Error('test store changed');
  store.users = w.roles.map((r, i) => ({ ...base, id: `user-${i}`, email: `u${i}@x.io`, role: r }));
  store.groups = w.groups.map((g, i) => ({
    id: `group-${i}`,
    name: `Group ${i}`,
    slug: `group-${i}`,
    description: null,
    createdAt: base.createdAt,
    createdById: 'user-0',
    memberIds: store.users.filter((_, u) => g.members[u]).map((u) => u.id),
  }));
  dataset.defaultPermission = w.defaultPermission;
  dataset.userGrants = {};
  w.own.forEach((grant, i) => {
    if (grant) dataset.userGrants[`user-${i}`] = grant;
  });
  dataset.groupGrants = {};
  w.groups.forEach((g, i) => {
    if (g.grant) dataset.groupGrants[`group-${i}`] = g.grant;
  });
  store.datasets = [dataset];
  return { store, dataset };
}

const levelsOf = (store: Store, dataset: DatasetRecord) =>
  store.users.map((user) => effectivePermission(store, user, dataset));

describe('effective permission: properties', () => {
  it('never exceeds the role cap, and admins always manage', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { store, dataset } = buildWorld(w);
        for (const user of store.users) {
          const effective = effectivePermission(store, user, dataset);
          expect(permissionRank(effective)).toBeLessThanOrEqual(permissionRank(roleCap(user.role)));
          if (user.role === 'ADMIN') expect(effective).toBe('MANAGE');
        }
      }),
    );
  });

  it('is what the spelled-out sources say', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { store, dataset } = buildWorld(w);
        for (const user of store.users) {
          const why = permissionSources(store, user, dataset);
          expect(why.effective).toBe(effectivePermission(store, user, dataset));
          for (const source of why.sources) {
            expect(permissionRank(source.level)).toBeLessThanOrEqual(permissionRank(why.highest));
          }
        }
      }),
    );
  });

  it("adding a grant, to a person or a group, never lowers anyone's access", () => {
    fc.assert(
      fc.property(world, fc.nat(), grantLevel, fc.boolean(), (w, pick, added, toGroup) => {
        const { store, dataset } = buildWorld(w);
        const before = levelsOf(store, dataset);
        const groupIndex = w.groups.length > 0 ? pick % w.groups.length : -1;
        if (toGroup && groupIndex >= 0) {
          const id = `group-${groupIndex}`;
          const current = dataset.groupGrants[id];
          // Adding means the grant goes up (or appears): the level is the higher one.
          if (!current || permissionRank(added) > permissionRank(current))
            dataset.groupGrants[id] = added;
        } else {
          const id = `user-${pick % w.roles.length}`;
          const current = dataset.userGrants[id];
          if (!current || permissionRank(added) > permissionRank(current))
            dataset.userGrants[id] = added;
        }
        const after = levelsOf(store, dataset);
        after.forEach((lvl, i) => {
          expect(permissionRank(lvl)).toBeGreaterThanOrEqual(
            permissionRank(before[i] ?? 'NO_ACCESS'),
          );
        });
      }),
    );
  });

  it('removing the last source leaves no access', () => {
    fc.assert(
      fc.property(world, fc.nat(), (w, pick) => {
        const { store, dataset } = buildWorld(w);
        const user = store.users[pick % store.users.length];
        if (!user || user.role === 'ADMIN') return;
        // Take away every source this person has: own grant, their groups' grants, the default.
        dataset.userGrants = Object.fromEntries(
          Object.entries(dataset.userGrants).filter(([id]) => id !== user.id),
        );
        const theirs = new Set(
          store.groups.filter((g) => g.memberIds.includes(user.id)).map((g) => g.id),
        );
        dataset.groupGrants = Object.fromEntries(
          Object.entries(dataset.groupGrants).filter(([id]) => !theirs.has(id)),
        );
        if (user.role === 'MEMBER') dataset.defaultPermission = 'NO_ACCESS';
        expect(
          permissionSources(store, user, dataset).sources.every((s) => s.level === 'NO_ACCESS'),
        ).toBe(true);
        expect(effectivePermission(store, user, dataset)).toBe('NO_ACCESS');
      }),
    );
  });
});
