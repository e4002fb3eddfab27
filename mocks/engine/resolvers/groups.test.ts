import { describe, expect, it } from 'vitest';
import { createTestEngine, data, field, firstError, IDS, KEYS, like } from '../test-fixtures.ts';

// The SDK's group documents (fiftyone/management/user_groups.py; fiftyone-api.md §3.7), with
// its selection G = `id name description users { id name email role }`.
const G = 'id name description users { id name email role }';
const CREATE = `mutation($name: String!, $description: String) {
    createUserGroup(name: $name, description: $description) { ${G} } }`;
const UPDATE = `mutation($groupId: String!, $name: String, $description: String) {
    updateUserGroupInfo(identifier: $groupId, name: $name, description: $description) { ${G} } }`;
const DELETE = `mutation($groupId: String!) { deleteUserGroup(userGroupIdentifier: $groupId) }`;
const GET = `query($groupId: String!) { userGroup(identifier: $groupId) { ${G} } }`;
const LIST = `query($first: Int!) { userGroups(first: $first) { ${G} } }`;
const LIST_NAMES = `query($first: Int!) { userGroups(first: $first) { name } }`;
const FOR_USER = `query($user_id: String!) { user(id: $user_id) { userGroups { ${G} } } }`;
const ADD = `mutation($groupId: String!, $userIds: [String!]!) {
    addUserGroupUsers(userGroupIdentifier: $groupId, userIds: $userIds) { ${G} } }`;
const REMOVE = `mutation($groupId: String!, $userIds: [String!]!) {
    removeUserGroupUsers(userGroupIdentifier: $groupId, userIds: $userIds) { ${G} } }`;

const PAGE = `query($page: Int!, $pageSize: Int!, $search: UserGroupSearchFieldsSearch, $order: UserGroupOrderFieldsOrder) {
  userGroupsPage(page: $page, pageSize: $pageSize, search: $search, order: $order) {
    page pageTotal nodeTotal nodes { name slug usersCount createdAt createdBy { name } }
  }
}`;

const member = (id: string, name: string, email: string, role: string) => ({
  id,
  name,
  email,
  role,
});
const MILO = member(IDS.member, 'Milo Okafor', 'milo.member@acme.ai', 'MEMBER');
const CLEO = member(IDS.collaborator, 'Cleo Marchetti', 'cleo.collab@partner.io', 'COLLABORATOR');
const BEA = member(IDS.bea, 'Bea Brown', 'bea.brown@acme.ai', 'MEMBER');

describe('group look-ups', () => {
  it('finds a group by id, name or slug, and answers null for an unknown one', async () => {
    const engine = createTestEngine();
    const research = {
      id: IDS.groupResearch,
      name: 'Research',
      description: 'Model research',
      users: [CLEO, MILO],
    };
    for (const identifier of [IDS.groupResearch, 'Research', 'research']) {
      expect(await data(engine, KEYS.admin, GET, { groupId: identifier })).toEqual({
        userGroup: research,
      });
    }
    expect(await data(engine, KEYS.admin, GET, { groupId: 'Nobody' })).toEqual({
      userGroup: null,
    });
  });

  it("lists groups, names only, and a user's groups", async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, CREATE, { name: 'Annotators', description: null });
    expect(await data(engine, KEYS.admin, LIST_NAMES, { first: 100 })).toEqual({
      userGroups: [{ name: 'Annotators' }, { name: 'Research' }],
    });
    expect(field(await data(engine, KEYS.admin, LIST, { first: 1 }), 'userGroups')).toEqual([
      like({ name: 'Annotators', description: null, users: [] }),
    ]);
    expect(
      field(await data(engine, KEYS.admin, FOR_USER, { user_id: IDS.collaborator }), 'user'),
    ).toEqual({ userGroups: [like({ name: 'Research' })] });
    expect(field(await data(engine, KEYS.admin, FOR_USER, { user_id: IDS.bea }), 'user')).toEqual({
      userGroups: [],
    });
  });

  it('pages, searches (by member too) and orders', async () => {
    const engine = createTestEngine();
    for (const name of ['Labeling', 'Platform', 'Vision']) {
      await data(engine, KEYS.admin, CREATE, { name, description: null });
    }
    await data(engine, KEYS.admin, ADD, { groupId: 'Vision', userIds: [IDS.bea] });
    const page2 = await data(engine, KEYS.admin, PAGE, {
      page: 2,
      pageSize: 3,
      order: { field: 'name', direction: 'DESC' },
    });
    expect(field(page2, 'userGroupsPage')).toEqual({
      page: 2,
      pageTotal: 2,
      nodeTotal: 4,
      nodes: [
        {
          name: 'Labeling',
          slug: 'labeling',
          usersCount: 0,
          createdAt: '2026-05-01T12:00:00.000000+00:00',
          createdBy: { name: 'Ada Lovelace' },
        },
      ],
    });
    const byMember = await data(engine, KEYS.admin, PAGE, {
      page: 1,
      pageSize: 10,
      search: { term: 'bea.brown', fields: ['name', 'user'] },
    });
    expect(field(byMember, 'userGroupsPage', 'nodes')).toEqual([like({ name: 'Vision' })]);
  });
});

describe('creating and editing groups', () => {
  it('creates a group with a slug and adds members by id or e-mail', async () => {
    const engine = createTestEngine();
    const created = await data(engine, KEYS.admin, CREATE, {
      name: '  Field Ops Team ',
      description: 'On-site capture',
    });
    expect(field(created, 'createUserGroup')).toEqual(
      like({ name: 'Field Ops Team', description: 'On-site capture', users: [] }),
    );
    const added = await data(engine, KEYS.admin, ADD, {
      groupId: 'field-ops-team',
      userIds: [IDS.bea, 'CLEO.collab@partner.io', IDS.bea],
    });
    expect(field(added, 'addUserGroupUsers', 'users')).toEqual([BEA, CLEO]);
    const group = engine.store.groups.find((g) => g.name === 'Field Ops Team');
    expect(group).toEqual(like({ slug: 'field-ops-team', createdById: IDS.admin }));
    expect(group?.memberIds).toEqual([IDS.bea, IDS.collaborator]);
  });

  it('keeps names unique, letter case aside, and refuses a blank name', async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.admin, CREATE, { name: 'RESEARCH', description: null }),
    ).toEqual({ code: 'CONFLICT', message: 'A group named RESEARCH already exists' });
    expect(await firstError(engine, KEYS.admin, CREATE, { name: '  ', description: null })).toEqual(
      { code: 'BAD_USER_INPUT', message: 'A group needs a name' },
    );
    await data(engine, KEYS.admin, CREATE, { name: 'Vision', description: null });
    expect(
      await firstError(engine, KEYS.admin, UPDATE, {
        groupId: 'Vision',
        name: 'research',
        description: null,
      }),
    ).toEqual({ code: 'CONFLICT', message: 'A group named research already exists' });
    expect(engine.store.groups.map((g) => g.name)).toEqual(['Research', 'Vision']);
  });

  it('renames (the slug follows), treats null as unchanged and an empty description as cleared', async () => {
    const engine = createTestEngine();
    const renamed = await data(engine, KEYS.admin, UPDATE, {
      groupId: 'research',
      name: 'Applied Research',
      description: null,
    });
    expect(field(renamed, 'updateUserGroupInfo')).toEqual(
      like({ name: 'Applied Research', description: 'Model research' }),
    );
    expect(engine.store.groups[0]?.slug).toBe('applied-research');
    const cleared = await data(engine, KEYS.admin, UPDATE, {
      groupId: 'Applied Research',
      name: null,
      description: '',
    });
    expect(field(cleared, 'updateUserGroupInfo')).toEqual(
      like({ name: 'Applied Research', description: null }),
    );
  });

  it('removes members, ignoring people who were not in the group', async () => {
    const engine = createTestEngine();
    const after = await data(engine, KEYS.admin, REMOVE, {
      groupId: IDS.groupResearch,
      userIds: [IDS.member, IDS.bea],
    });
    expect(field(after, 'removeUserGroupUsers', 'users')).toEqual([CLEO]);
  });

  it('refuses unknown users and changes nothing', async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.admin, ADD, {
        groupId: 'Research',
        userIds: [IDS.bea, 'ghost@acme.ai'],
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'User not found: ghost@acme.ai' });
    expect(engine.store.groups[0]?.memberIds).toEqual([IDS.member, IDS.collaborator]);
    expect(
      await firstError(engine, KEYS.admin, ADD, { groupId: 'Nope', userIds: [IDS.bea] }),
    ).toEqual({ code: 'NOT_FOUND', message: 'User group not found: Nope' });
  });
});

describe('deleting a group', () => {
  it('deletes it with its dataset grants', async () => {
    const engine = createTestEngine();
    expect(await data(engine, KEYS.admin, DELETE, { groupId: 'Research' })).toEqual({
      deleteUserGroup: null,
    });
    expect(engine.store.groups).toEqual([]);
    const beta = engine.store.datasets.find((d) => d.id === IDS.datasetBeta);
    expect(beta?.groupGrants).toEqual({});
    // The member lost MANAGE on beta with the group.
    const mine = await data(engine, KEYS.member, '{ datasets { name } }');
    expect(mine).toEqual({ datasets: [{ name: 'alpha' }] });
    expect(await firstError(engine, KEYS.admin, DELETE, { groupId: 'Research' })).toEqual({
      code: 'NOT_FOUND',
      message: 'User group not found: Research',
    });
  });
});

describe('who may use groups', () => {
  const operations: [string, string, Record<string, unknown>, string][] = [
    ['userGroup', GET, { groupId: 'Research' }, 'look up user groups'],
    ['userGroups', LIST, { first: 10 }, 'list user groups'],
    ['userGroupsPage', PAGE, { page: 1, pageSize: 10 }, 'list user groups'],
    ['userGroupsCount', '{ userGroupsCount }', {}, 'list user groups'],
    ['createUserGroup', CREATE, { name: 'X', description: null }, 'create user groups'],
    ['updateUserGroupInfo', UPDATE, { groupId: 'Research', name: 'X' }, 'edit user groups'],
    ['deleteUserGroup', DELETE, { groupId: 'Research' }, 'delete user groups'],
    ['addUserGroupUsers', ADD, { groupId: 'Research', userIds: [IDS.bea] }, 'change group members'],
    [
      'removeUserGroupUsers',
      REMOVE,
      { groupId: 'Research', userIds: [IDS.member] },
      'change group members',
    ],
  ];

  it.each(operations)('%s is admin only', async (_name, query, variables, action) => {
    const engine = createTestEngine();
    const before = JSON.stringify(engine.store);
    for (const [key, role] of [
      [KEYS.member, 'member'],
      [KEYS.collaborator, 'collaborator'],
    ] as const) {
      expect(await firstError(engine, key, query, variables)).toEqual({
        code: 'FORBIDDEN',
        message: `Only admins can ${action}; you are signed in as a ${role}`,
      });
    }
    expect(JSON.stringify(engine.store)).toBe(before);
  });

  it("lets anyone read their own groups, not someone else's", async () => {
    const engine = createTestEngine();
    expect(
      await data(engine, KEYS.member, '{ viewer { userGroups { name usersCount } } }'),
    ).toEqual({ viewer: { userGroups: [{ name: 'Research', usersCount: 2 }] } });
    expect(
      (await firstError(engine, KEYS.member, FOR_USER, { user_id: IDS.collaborator })).code,
    ).toBe('FORBIDDEN');
  });
});
