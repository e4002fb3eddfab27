import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectivePermission } from '../../../../mocks/engine/rules/dataset-access.ts';
import { buildTestStore } from '../../../../mocks/engine/test-fixtures.ts';
import { ROLES, type Role } from '../../../lib/roles.ts';
import {
  defaultChangeImpact,
  effectiveAccess,
  explainAccess,
  GRANT_LEVELS,
  levelOptions,
  rank,
  roleCap,
  roleChangeImpact,
  type AccessSources,
} from './access-rules.ts';
import { type Permission, PERMISSIONS } from '../../../lib/permissions.ts';

// The console's explanation of the rule must give exactly what the API computes.

const role = fc.constantFrom(...ROLES);
const permission = fc.constantFrom(...PERMISSIONS);
const grant = fc.constantFrom(...GRANT_LEVELS);
const sources: fc.Arbitrary<AccessSources> = fc.record({
  role,
  defaultPermission: permission,
  own: fc.option(grant, { nil: null }),
  groups: fc.array(fc.record({ name: fc.constantFrom('A', 'B', 'C'), level: grant }), {
    maxLength: 3,
  }),
});

/** The mock API's rule applied to the same sources. */
function serverRule(s: AccessSources): Permission {
  const store = buildTestStore();
  const [user] = store.users;
  const [dataset] = store.datasets;
  if (!user || !dataset) throw new Error('test store changed');
  user.role = s.role;
  dataset.defaultPermission = s.defaultPermission;
  dataset.userGrants = s.own ? { [user.id]: s.own } : {};
  store.groups = s.groups.map((g, i) => ({
    ...store.groups[0],
    id: `g${i}`,
    name: g.name,
    slug: `g${i}`,
    description: null,
    createdAt: '',
    createdById: user.id,
    memberIds: [user.id],
  }));
  dataset.groupGrants = Object.fromEntries(s.groups.map((g, i) => [`g${i}`, g.level]));
  return effectivePermission(store, user, dataset);
}

describe('explainAccess', () => {
  it('shows every source and where the cap cut a collaborator down', () => {
    const why = explainAccess({
      role: 'COLLABORATOR',
      defaultPermission: 'VIEW',
      own: 'TAG',
      groups: [{ name: 'External Labelers', level: 'MANAGE' }],
    });
    expect(why.steps.map((s) => [s.label, s.level, s.applies])).toEqual([
      ['Admin', 'NO_ACCESS', false],
      ['Default access for members', 'NO_ACCESS', false],
      ['Own grant', 'TAG', true],
      ['Group External Labelers', 'MANAGE', true],
    ]);
    expect(why.steps[1]?.note).toBe(
      'The default (Can view) applies to members only, not to collaborators.',
    );
    expect(why).toMatchObject({ highest: 'MANAGE', cap: 'EDIT', capped: true, effective: 'EDIT' });
  });

  it('agrees with the API for any role and sources', () => {
    fc.assert(
      fc.property(sources, (s) => {
        expect(effectiveAccess(s)).toBe(serverRule(s));
      }),
    );
  });

  it('never goes above the cap; admins always manage; no source means no access', () => {
    fc.assert(
      fc.property(sources, (s) => {
        const why = explainAccess(s);
        expect(rank(why.effective)).toBeLessThanOrEqual(rank(roleCap(s.role)));
        if (s.role === 'ADMIN') expect(why.effective).toBe('MANAGE');
        const bare = { ...s, own: null, groups: [], defaultPermission: 'NO_ACCESS' as const };
        if (s.role !== 'ADMIN') expect(effectiveAccess(bare)).toBe('NO_ACCESS');
      }),
    );
  });

  it('adding a group grant never lowers access', () => {
    fc.assert(
      fc.property(sources, grant, (s, level) => {
        const more = { ...s, groups: [...s.groups, { name: 'New', level }] };
        expect(rank(effectiveAccess(more))).toBeGreaterThanOrEqual(rank(effectiveAccess(s)));
      }),
    );
  });
});

describe('levelOptions', () => {
  it('turns off what the role cannot hold and says why', () => {
    const reasons = (r: Role | null) => levelOptions(r).map((o) => o.disabledReason);
    expect(reasons('GUEST')).toEqual([
      null,
      'Guests can have at most Can view',
      'Guests can have at most Can view',
      'Guests can have at most Can view',
    ]);
    expect(reasons('COLLABORATOR')).toEqual([
      null,
      null,
      null,
      'Collaborators can have at most Can edit',
    ]);
    expect(reasons('MEMBER')).toEqual([null, null, null, null]);
    expect(reasons(null)).toEqual([null, null, null, null]);
  });
});

describe('impact previews', () => {
  it('a new default reaches only the members it changes', () => {
    const people = [
      { id: 'm1', role: 'MEMBER' as const, own: null, groups: [] },
      { id: 'm2', role: 'MEMBER' as const, own: 'EDIT' as const, groups: [] },
      { id: 'c1', role: 'COLLABORATOR' as const, own: 'VIEW' as const, groups: [] },
      { id: 'a1', role: 'ADMIN' as const, own: null, groups: [] },
    ];
    const changes = defaultChangeImpact(people, 'VIEW', 'MANAGE');
    expect(changes.map((c) => [c.key.id, c.before, c.after])).toEqual([
      ['m1', 'VIEW', 'MANAGE'],
      ['m2', 'EDIT', 'MANAGE'],
    ]);
    expect(defaultChangeImpact(people, 'VIEW', 'TAG').map((c) => c.key.id)).toEqual(['m1']);
  });

  it('lists exactly the datasets whose access a role change alters', () => {
    fc.assert(
      fc.property(
        fc.array(
          sources.map((s) => ({
            defaultPermission: s.defaultPermission,
            own: s.own,
            groups: s.groups,
          })),
          { maxLength: 6 },
        ),
        role,
        role,
        (datasets, from, to) => {
          const changes = roleChangeImpact(datasets, from, to);
          const changed = datasets.filter(
            (d) => effectiveAccess({ ...d, role: from }) !== effectiveAccess({ ...d, role: to }),
          );
          expect(changes.map((c) => c.key)).toEqual(changed);
          for (const c of changes) expect(c.after).toBe(serverRule({ ...c.key, role: to }));
        },
      ),
    );
  });
});
