import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsCap } from '../../../../mocks/engine/rules/dataset-access.ts';
import { ROLES, type Role } from '../../../lib/roles.ts';
import type { Permission } from '../../../lib/permissions.ts';
import { GRANT_LEVELS } from './access-rules.ts';
import {
  capReason,
  planDatasetsGrant,
  planGroupsChange,
  planGroupsRemoval,
  planPeopleChange,
  planPeopleRemoval,
  type GrantHolder,
  type ListedDataset,
} from './bulk-access.ts';

function holder(
  id: string,
  role: Role,
  own: Permission | null,
  groups: { name: string; level: Permission }[] = [],
  defaultPermission: Permission = 'NO_ACCESS',
): GrantHolder {
  return {
    id,
    name: `Person ${id}`,
    email: `${id}@acme.ai`,
    role,
    own,
    sources: { role, defaultPermission, own, groups },
  };
}

const admin = { id: 'boss', admin: true };
const manager = { id: 'me', admin: false };

describe('the role cap in a bulk preview', () => {
  it('skips exactly the grants the server refuses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...GRANT_LEVELS), (role, level) => {
        expect(capReason(role, level) !== null).toBe(exceedsCap(role, level));
      }),
    );
  });
});

describe('changing many people’s own grants', () => {
  it('sends the changes and skips those above their cap or unchanged, saying why', () => {
    const plan = planPeopleChange(
      [
        holder('a', 'MEMBER', 'VIEW'),
        holder('b', 'GUEST', 'VIEW'),
        holder('c', 'COLLABORATOR', 'EDIT'),
        holder('d', 'COLLABORATOR', null, [{ name: 'Team', level: 'VIEW' }]),
      ],
      'EDIT',
      admin,
    );
    expect(plan.items.map((item) => item.input)).toEqual([
      { userId: 'a', permission: 'EDIT' },
      { userId: 'd', permission: 'EDIT' },
    ]);
    expect(plan.preview.outcomes).toEqual([
      { label: 'Own grant changed to Can edit', count: 1 },
      { label: 'Own grant of Can edit added (had access through groups only)', count: 1 },
    ]);
    expect(plan.preview.skipped).toEqual([
      {
        label: 'Person b',
        reason: 'A guest can have at most Can view; the server refuses Can edit.',
      },
      { label: 'Person c', reason: 'Already has Can edit of their own.' },
    ]);
  });

  it('leaves a manager’s own grant out, but not an admin’s', () => {
    const people = [holder('me', 'MEMBER', 'MANAGE'), holder('a', 'MEMBER', 'VIEW')];
    const asManager = planPeopleChange(people, 'VIEW', manager);
    expect(asManager.items).toEqual([]);
    expect(asManager.preview.skipped[0]?.reason).toMatch(/^Yourself/);
    const asAdmin = planPeopleChange([holder('boss', 'ADMIN', 'MANAGE')], 'VIEW', admin);
    expect(asAdmin.items).toHaveLength(1);
  });
});

describe('removing many people’s own grants', () => {
  it('counts who loses all access and who keeps some, and skips group-only people', () => {
    const plan = planPeopleRemoval(
      [
        holder('a', 'COLLABORATOR', 'EDIT'),
        holder('b', 'MEMBER', 'EDIT', [], 'VIEW'),
        holder('c', 'GUEST', 'VIEW', [{ name: 'Team', level: 'VIEW' }]),
        holder('d', 'GUEST', null, [{ name: 'Team', level: 'VIEW' }]),
      ],
      admin,
    );
    expect(plan.items.map((item) => item.key)).toEqual(['a', 'b', 'c']);
    expect(plan.preview.outcomes).toEqual([
      {
        label: 'Own grant removed, no access left (they will no longer see the dataset)',
        count: 1,
      },
      { label: 'Own grant removed, keeping access through groups or the default', count: 2 },
    ]);
    expect(plan.preview.skipped).toEqual([
      {
        label: 'Person d',
        reason: 'No grant of their own to remove: their access comes from groups.',
      },
    ]);
  });

  it('never removes a manager’s own grant in bulk', () => {
    const plan = planPeopleRemoval([holder('me', 'MEMBER', 'MANAGE')], manager);
    expect(plan.items).toEqual([]);
    expect(plan.preview.skipped).toHaveLength(1);
  });
});

describe('groups on an access page', () => {
  const groups = [
    { id: 'g1', name: 'Labelers', permission: 'TAG' as const },
    { id: 'g2', name: 'Reviewers', permission: 'EDIT' as const },
  ];

  it('skips a group that already has the level', () => {
    const plan = planGroupsChange(groups, 'EDIT');
    expect(plan.items.map((item) => item.input)).toEqual([{ group: 'g1', permission: 'EDIT' }]);
    expect(plan.preview.skipped).toEqual([{ label: 'Reviewers', reason: 'Already has Can edit.' }]);
  });

  it('removes every selected group', () => {
    expect(planGroupsRemoval(groups).preview.outcomes).toEqual([
      { label: 'Group grant removed', count: 2 },
    ]);
  });
});

describe('granting on many datasets from the list', () => {
  const datasets: ListedDataset[] = [
    { id: 'd1', name: 'alpha', viewerPermission: 'MANAGE' },
    { id: 'd2', name: 'beta', viewerPermission: 'EDIT' },
    { id: 'd3', name: 'gamma', viewerPermission: 'VIEW' },
  ];
  const group = { kind: 'group' as const, name: 'Labelers' };

  it('lets an admin grant on every dataset', () => {
    const plan = planDatasetsGrant(datasets, group, 'MANAGE', admin);
    expect(plan.items.map((item) => item.input)).toEqual(
      datasets.map((d) => ({
        kind: 'group',
        dataset: d.name,
        group: 'Labelers',
        permission: 'MANAGE',
      })),
    );
    expect(plan.preview.skipped).toEqual([]);
  });

  it('skips, for a manager, the datasets they do not manage', () => {
    const plan = planDatasetsGrant(datasets, group, 'VIEW', manager);
    expect(plan.items.map((item) => item.label)).toEqual(['alpha']);
    expect(plan.preview.skipped.map((row) => row.label)).toEqual(['beta', 'gamma']);
    expect(plan.preview.skipped[0]?.reason).toMatch(/You do not manage it \(you have Can edit\)/);
  });

  it('skips every dataset when the level is above the person’s cap, as the server refuses it', () => {
    const guest = { kind: 'person' as const, id: 'g', name: 'Gus', role: 'GUEST' as const };
    const plan = planDatasetsGrant(datasets, guest, 'TAG', admin);
    expect(plan.items).toEqual([]);
    expect(plan.preview.skipped).toHaveLength(3);
    expect(plan.preview.skipped[0]?.reason).toBe(
      'A guest can have at most Can view; the server refuses Can tag.',
    );
  });

  it('sends a person’s grant within their cap', () => {
    const ada = { kind: 'person' as const, id: 'a', name: 'Ada', role: 'COLLABORATOR' as const };
    const plan = planDatasetsGrant(datasets.slice(0, 1), ada, 'EDIT', admin);
    expect(plan.items[0]?.input).toEqual({
      kind: 'person',
      dataset: 'alpha',
      userId: 'a',
      permission: 'EDIT',
    });
    expect(plan.preview.outcomes[0]?.count).toBe(1);
  });

  it('tells unchanged, changed and new grants apart when the person’s own grants are known', () => {
    const ada = { kind: 'person' as const, id: 'a', name: 'Ada', role: 'MEMBER' as const };
    const own = new Map<string, Permission | null>([
      ['d1', 'EDIT'],
      ['d2', 'VIEW'],
      ['d3', null],
    ]);
    const plan = planDatasetsGrant(datasets, ada, 'EDIT', admin, own);
    expect(plan.items.map((item) => item.label)).toEqual(['beta', 'gamma']);
    expect(plan.preview.skipped).toEqual([
      { label: 'alpha', reason: 'Already has Can edit of their own.' },
    ]);
    expect(plan.preview.outcomes).toEqual([
      { label: "Ada's own grant changed to Can edit", count: 1 },
      { label: 'Ada gets Can edit of their own (new grant)', count: 1 },
    ]);
  });
});
