import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTestStore,
  createTestEngine,
  field,
  gql,
  IDS,
  KEYS,
  type GraphQLReply,
} from '../test-fixtures.ts';
import type { DatasetPermission, Role } from '../types.ts';
import { permissionRank, roleCap } from './dataset-access.ts';

// Who may do what, over random organizations (fiftyone-api.md §7, §14): what needs MANAGE on a
// dataset succeeds exactly for admins and MANAGE holders; what is admin only succeeds only for
// admins; a refusal changes nothing; and the permission the API reports never exceeds the cap.

const GRANT_LEVELS: readonly DatasetPermission[] = ['VIEW', 'TAG', 'EDIT', 'MANAGE'];
const level = fc.constantFrom<DatasetPermission>('NO_ACCESS', ...GRANT_LEVELS);

/** The caller (the member's key) with a random role, and random sources on dataset alpha. */
const caller = fc.record({
  role: fc.constantFrom<Role>('ADMIN', 'MEMBER', 'COLLABORATOR'),
  defaultPermission: level,
  own: fc.option(fc.constantFrom(...GRANT_LEVELS), { nil: null }),
  group: fc.option(fc.constantFrom(...GRANT_LEVELS), { nil: null }),
});
type Caller = typeof caller extends fc.Arbitrary<infer T> ? T : never;
const VENDORS = 'b000000000000000000000ff';

/** How the API said no: an error code, or HIDDEN when the dataset reads as null. */
function refusal(reply: GraphQLReply): string | null {
  const code = reply.body.errors?.[0]?.extensions?.code;
  if (code) return code;
  return field(reply.body.data, 'dataset') === null ? 'HIDDEN' : null;
}

function engineFor(c: Caller) {
  const store = buildTestStore();
  const me = store.users.find((u) => u.id === IDS.member);
  const alpha = store.datasets.find((d) => d.id === IDS.datasetAlpha);
  if (!me || !alpha) throw new Error('test store changed');
  me.role = c.role;
  alpha.defaultPermission = c.defaultPermission;
  alpha.userGrants = { [IDS.collaborator]: 'EDIT', ...(c.own ? { [IDS.member]: c.own } : {}) };
  // The member is in Research (with the collaborator); Vendors has no members.
  store.groups.push({
    id: VENDORS,
    name: 'Vendors',
    slug: 'vendors',
    description: null,
    createdAt: me.createdAt,
    createdById: IDS.admin,
    memberIds: [],
  });
  alpha.groupGrants = { [VENDORS]: 'VIEW', ...(c.group ? { [IDS.groupResearch]: c.group } : {}) };
  return createTestEngine(store);
}

function expectedLevel(c: Caller): DatasetPermission {
  if (c.role === 'ADMIN') return 'MANAGE';
  const sources = [c.own, c.group, c.role === 'MEMBER' ? c.defaultPermission : null];
  const highest = sources.reduce<DatasetPermission>(
    (best, s) => (s && permissionRank(s) > permissionRank(best) ? s : best),
    'NO_ACCESS',
  );
  return permissionRank(highest) > permissionRank(roleCap(c.role)) ? roleCap(c.role) : highest;
}

const MANAGE_OPERATIONS: readonly [string, string][] = [
  [
    'setDatasetDefaultPermission',
    'mutation { setDatasetDefaultPermission(datasetIdentifier: "alpha", permission: EDIT) { id } }',
  ],
  [
    'setDatasetUserPermission',
    `mutation { setDatasetUserPermission(datasetIdentifier: "alpha", userId: "${IDS.bea}", permission: TAG) { id } }`,
  ],
  [
    'setDatasetUserPermission (invite)',
    'mutation { setDatasetUserPermission(datasetIdentifier: "alpha", email: "x@example.com", permission: VIEW) { id } }',
  ],
  [
    'removeDatasetUserPermission',
    `mutation { removeDatasetUserPermission(datasetIdentifier: "alpha", userId: "${IDS.collaborator}") { id } }`,
  ],
  [
    'setDatasetUserGroupPermission',
    'mutation { setDatasetUserGroupPermission(datasetIdentifier: "alpha", userGroupIdentifier: "Research", permission: VIEW) { id } }',
  ],
  [
    'removeDatasetUserGroupPermission',
    'mutation { removeDatasetUserGroupPermission(datasetIdentifier: "alpha", userGroupIdentifier: "Vendors") { id } }',
  ],
  ['Dataset.users', '{ dataset(identifier: "alpha") { users { id } } }'],
  ['Dataset.userGroups', '{ dataset(identifier: "alpha") { userGroups { id } } }'],
  [
    'Dataset.user (someone else)',
    `{ dataset(identifier: "alpha") { user(id: "${IDS.bea}") { id } } }`,
  ],
];

const ADMIN_OPERATIONS: readonly [string, string][] = [
  ['userGroups', '{ userGroups { id } }'],
  ['userGroup', '{ userGroup(identifier: "Research") { id } }'],
  ['userGroupsPage', '{ userGroupsPage(pageSize: 5) { nodeTotal } }'],
  ['createUserGroup', 'mutation { createUserGroup(name: "New") { id } }'],
  [
    'updateUserGroupInfo',
    'mutation { updateUserGroupInfo(identifier: "Research", name: "R") { id } }',
  ],
  ['deleteUserGroup', 'mutation { deleteUserGroup(userGroupIdentifier: "Research") }'],
  [
    'addUserGroupUsers',
    `mutation { addUserGroupUsers(userGroupIdentifier: "Research", userIds: ["${IDS.bea}"]) { id } }`,
  ],
  [
    'removeUserGroupUsers',
    `mutation { removeUserGroupUsers(userGroupIdentifier: "Research", userIds: ["${IDS.member}"]) { id } }`,
  ],
  ['User.datasets of someone else', `{ user(id: "${IDS.bea}") { datasets { id } } }`],
];

describe('permission rules across roles', () => {
  it('what needs MANAGE on a dataset is refused to everyone who lacks it, and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(caller, fc.constantFrom(...MANAGE_OPERATIONS), async (c, [, query]) => {
        const engine = engineFor(c);
        const before = JSON.stringify(engine.store);
        const reply = await gql(engine, KEYS.member, query);
        const access = expectedLevel(c);
        if (access === 'MANAGE') {
          expect(refusal(reply)).toBeNull();
        } else {
          // A dataset the caller cannot see is "not found" (or null), one they only view is forbidden.
          expect(refusal(reply)).toSatisfy((how: string | null) =>
            access === 'NO_ACCESS' ? how === 'NOT_FOUND' || how === 'HIDDEN' : how === 'FORBIDDEN',
          );
          expect(JSON.stringify(engine.store)).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('what is admin only is refused to every other role, whatever their dataset access', async () => {
    await fc.assert(
      fc.asyncProperty(caller, fc.constantFrom(...ADMIN_OPERATIONS), async (c, [, query]) => {
        const engine = engineFor(c);
        const before = JSON.stringify(engine.store);
        const reply = await gql(engine, KEYS.member, query);
        if (c.role === 'ADMIN') {
          expect(reply.body.errors).toBeUndefined();
        } else {
          expect(reply.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          expect(JSON.stringify(engine.store)).toBe(before);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the permission the API reports is the rule, never above the role cap', async () => {
    await fc.assert(
      fc.asyncProperty(caller, async (c) => {
        const reply = await gql(
          engineFor(c),
          KEYS.member,
          '{ dataset(identifier: "alpha") { viewer { activePermission } } }',
        );
        const reported =
          field(reply.body.data, 'dataset', 'viewer', 'activePermission') ?? 'NO_ACCESS';
        expect(reported).toBe(expectedLevel(c));
        expect(permissionRank(expectedLevel(c))).toBeLessThanOrEqual(
          permissionRank(roleCap(c.role)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
