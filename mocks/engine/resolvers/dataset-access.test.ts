import { describe, expect, it } from 'vitest';
import {
  createTestEngine,
  data,
  field,
  firstError,
  IDS,
  KEYS,
  like,
  TEST_NOW,
  typeDefs,
} from '../test-fixtures.ts';
import { createEngine } from '../engine.ts';
import { PERSONAS } from '../personas.ts';
import { isoMicro } from '../time.ts';
import { acceptInvitation } from './invitations.ts';

// The SDK's dataset documents (fiftyone/management/dataset.py; fiftyone-api.md §3.6) and the
// web app's group-grant documents (§11).
const FOR_DATASET = `query ($dataset: String!) {
    dataset(identifier: $dataset) { users(first: 10000) { activePermission user {name, email, id} } } }`;
const FOR_DATASET_USER = `query ($dataset: String!, $userId: String!) {
    dataset(identifier: $dataset) { user(id: $userId) { activePermission } } }`;
const FOR_USER = `query ($userId: String!, $after: String) {
    datasetsConnection(first: 25, after: $after, order: {field: name}) {
      pageInfo { hasNextPage endCursor }
      edges { node { name user(id: $userId) { activePermission } } } } }`;
const CREATOR = `query ($dataset: String!) { dataset(identifier: $dataset) { createdBy { id name email role } } }`;
const SET_DEFAULT = `mutation($identifier: String!, $permission: DatasetPermission!) {
    setDatasetDefaultPermission(datasetIdentifier: $identifier, permission: $permission) { id } }`;
const SET_USER = `mutation($identifier: String!, $userId: String!, $permission: DatasetPermission!) {
    setDatasetUserPermission(datasetIdentifier: $identifier, userId: $userId, permission: $permission) { id } }`;
const DELETE_USER = `mutation($identifier: String!, $userId: String!) {
    removeDatasetUserPermission(datasetIdentifier: $identifier, userId: $userId) { id } }`;
const INVITE = `mutation($identifier: String!, $email: Email!, $permission: DatasetPermission!, $role: UserRole) {
    setDatasetUserPermission(datasetIdentifier: $identifier, email: $email, permission: $permission, role: $role) { id } }`;
const SET_GROUP = `mutation($dataset: String!, $group: String!, $permission: DatasetPermission!) {
    setDatasetUserGroupPermission(datasetIdentifier: $dataset, userGroupIdentifier: $group, permission: $permission) { id } }`;
const REMOVE_GROUP = `mutation($dataset: String!, $group: String!) {
    removeDatasetUserGroupPermission(datasetIdentifier: $dataset, userGroupIdentifier: $group) { id } }`;
const GROUPS_OF = `query ($dataset: String!) { dataset(identifier: $dataset) {
    userGroupsCount userGroups(first: 100) { name permission usersCount users(first: 10) { name role } } } }`;

const permissionOf = async (
  engine: ReturnType<typeof createTestEngine>,
  dataset: string,
  userId: string,
) =>
  field(
    await data(engine, KEYS.admin, FOR_DATASET_USER, { dataset, userId }),
    'dataset',
    'user',
    'activePermission',
  ) ?? 'NO_ACCESS';

describe('reading permissions (the SDK get_permissions* functions)', () => {
  it("lists a dataset's people with a grant of their own", async () => {
    const engine = createTestEngine();
    expect(await data(engine, KEYS.admin, FOR_DATASET, { dataset: 'alpha' })).toEqual({
      dataset: {
        users: [
          {
            activePermission: 'EDIT',
            user: { name: 'Cleo Marchetti', email: 'cleo.collab@partner.io', id: IDS.collaborator },
          },
        ],
      },
    });
  });

  it('reads one person on one dataset; no access reads as null', async () => {
    const engine = createTestEngine();
    expect(await permissionOf(engine, 'beta', IDS.collaborator)).toBe('EDIT');
    expect(await permissionOf(engine, 'gamma', 'gus.guest@acme.ai')).toBe('VIEW');
    expect(
      await data(engine, KEYS.admin, FOR_DATASET_USER, { dataset: 'beta', userId: IDS.bea }),
    ).toEqual({ dataset: { user: null } });
  });

  it("walks the caller's datasets for another user's permissions", async () => {
    const reply = await data(createTestEngine(), KEYS.admin, FOR_USER, {
      userId: IDS.member,
      after: null,
    });
    expect(field(reply, 'datasetsConnection', 'edges')).toEqual([
      { node: { name: 'alpha', user: { activePermission: 'VIEW' } } },
      { node: { name: 'beta', user: { activePermission: 'MANAGE' } } },
      { node: { name: 'gamma', user: null } },
    ]);
  });

  it('names the creator to anyone who can see the dataset', async () => {
    const engine = createTestEngine();
    expect(await data(engine, KEYS.collaborator, CREATOR, { dataset: 'alpha' })).toEqual({
      dataset: {
        createdBy: {
          id: IDS.admin,
          name: 'Ada Lovelace',
          email: 'ada.admin@acme.ai',
          role: 'ADMIN',
        },
      },
    });
    // Gamma is invisible to the collaborator: null, as for a dataset that does not exist.
    expect(await data(engine, KEYS.collaborator, CREATOR, { dataset: 'gamma' })).toEqual({
      dataset: null,
    });
  });
});

describe('granting to people', () => {
  it('grants by id or e-mail, changes and removes a grant', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, SET_USER, {
      identifier: 'gamma',
      userId: 'bea.brown@acme.ai',
      permission: 'TAG',
    });
    expect(await permissionOf(engine, 'gamma', IDS.bea)).toBe('TAG');
    await data(engine, KEYS.admin, SET_USER, {
      identifier: IDS.datasetGamma,
      userId: IDS.bea,
      permission: 'MANAGE',
    });
    expect(await permissionOf(engine, 'gamma', IDS.bea)).toBe('MANAGE');
    await data(engine, KEYS.admin, DELETE_USER, { identifier: 'gamma', userId: IDS.bea });
    expect(await permissionOf(engine, 'gamma', IDS.bea)).toBe('NO_ACCESS');
    expect(
      await firstError(engine, KEYS.admin, DELETE_USER, { identifier: 'gamma', userId: IDS.bea }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Bea Brown has no access of their own to gamma' });
  });

  it('refuses a grant above the role cap with a message that names the cap', async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.admin, SET_USER, {
        identifier: 'alpha',
        userId: IDS.guest,
        permission: 'TAG',
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Cannot grant TAG to Gus Guest: a guest can have at most VIEW on a dataset',
    });
    expect(
      (
        await firstError(engine, KEYS.admin, SET_USER, {
          identifier: 'alpha',
          userId: IDS.collaborator,
          permission: 'MANAGE',
        })
      ).message,
    ).toBe(
      'Cannot grant MANAGE to Cleo Marchetti: a collaborator can have at most EDIT on a dataset',
    );
    expect(engine.store.datasets[0]?.userGrants).toEqual({ [IDS.collaborator]: 'EDIT' });
  });

  it('refuses an unknown id, and a NO_ACCESS grant removes the own grant', async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.admin, SET_USER, {
        identifier: 'alpha',
        userId: 'ffffffffffffffffffffffff',
        permission: 'VIEW',
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'User not found: ffffffffffffffffffffffff' });
    await data(engine, KEYS.admin, SET_USER, {
      identifier: 'alpha',
      userId: IDS.collaborator,
      permission: 'NO_ACCESS',
    });
    expect(engine.store.datasets[0]?.userGrants).toEqual({});
  });
});

describe('invite-by-grant', () => {
  it('invites an unknown e-mail with the role the level needs; the grant applies on acceptance', async () => {
    const engine = createTestEngine();
    // What the SDK sends with invite=True: the e-mail in userId.
    await data(engine, KEYS.admin, SET_USER, {
      identifier: 'gamma',
      userId: 'new.viewer@example.com',
      permission: 'VIEW',
    });
    const invitation = engine.store.invitations.find((i) => i.email === 'new.viewer@example.com');
    expect(invitation).toEqual(
      like({
        role: 'GUEST',
        inviterId: IDS.admin,
        datasetGrants: [{ datasetId: IDS.datasetGamma, permission: 'VIEW' }],
      }),
    );
    expect(await data(engine, KEYS.admin, '{ invitations { inviteeEmail inviteeRole } }')).toEqual({
      invitations: expect.arrayContaining([
        { inviteeEmail: 'new.viewer@example.com', inviteeRole: 'GUEST' },
      ]) as unknown,
    });
    if (!invitation) return;
    const user = acceptInvitation(engine.store, invitation.id, {
      id: 'a0000000000000000000000f',
      name: 'New Viewer',
      createdAt: isoMicro(TEST_NOW),
    });
    expect(user.role).toBe('GUEST');
    expect(await permissionOf(engine, 'gamma', 'new.viewer@example.com')).toBe('VIEW');
    expect(engine.store.invitations.some((i) => i.id === invitation.id)).toBe(false);
  });

  it('follows the role argument when it admits the level, and names the cap when not', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, INVITE, {
      identifier: 'alpha',
      email: 'lead@example.com',
      permission: 'EDIT',
      role: 'MEMBER',
    });
    expect(engine.store.invitations.find((i) => i.email === 'lead@example.com')?.role).toBe(
      'MEMBER',
    );
    expect(
      await firstError(engine, KEYS.admin, INVITE, {
        identifier: 'alpha',
        email: 'viewer@example.com',
        permission: 'EDIT',
        role: 'GUEST',
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'Cannot grant EDIT to viewer@example.com (invited as a guest): a guest can have at most VIEW on a dataset',
    });
  });

  it('adds the grant to a pending invitation instead of inviting twice', async () => {
    const engine = createTestEngine();
    const before = engine.store.invitations.length;
    await data(engine, KEYS.admin, SET_USER, {
      identifier: 'alpha',
      userId: 'pending@acme.ai',
      permission: 'TAG',
    });
    expect(engine.store.invitations).toHaveLength(before);
    expect(engine.store.invitations.find((i) => i.email === 'pending@acme.ai')).toEqual(
      like({
        role: 'COLLABORATOR',
        datasetGrants: [{ datasetId: IDS.datasetAlpha, permission: 'TAG' }],
      }),
    );
    await data(engine, KEYS.admin, DELETE_USER, { identifier: 'alpha', userId: 'pending@acme.ai' });
    expect(
      engine.store.invitations.find((i) => i.email === 'pending@acme.ai')?.datasetGrants,
    ).toEqual([]);
  });

  it('needs a free seat of the role', async () => {
    const engine = createTestEngine();
    engine.store.licence.guests = 1;
    expect(
      await firstError(engine, KEYS.admin, SET_USER, {
        identifier: 'alpha',
        userId: 'another.guest@example.com',
        permission: 'VIEW',
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'No guest seats left (1 of 1 used): the licence allows no more guests',
    });
  });

  it('lets someone who manages the dataset invite by grant', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.member, SET_USER, {
      identifier: 'beta',
      userId: 'vendor@example.com',
      permission: 'EDIT',
    });
    expect(engine.store.invitations.find((i) => i.email === 'vendor@example.com')).toEqual(
      like({ role: 'COLLABORATOR', inviterId: IDS.member }),
    );
    // …but not make someone an admin that way.
    expect(
      await firstError(engine, KEYS.member, INVITE, {
        identifier: 'beta',
        email: 'boss@example.com',
        permission: 'MANAGE',
        role: 'ADMIN',
      }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins can invite admins; you are signed in as a member',
    });
  });
});

describe('default access and group grants', () => {
  it('gives the default to members only', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, SET_DEFAULT, { identifier: 'gamma', permission: 'EDIT' });
    expect(await permissionOf(engine, 'gamma', IDS.bea)).toBe('EDIT');
    expect(await permissionOf(engine, 'gamma', IDS.collaborator)).toBe('NO_ACCESS');
  });

  it('grants a group by name; each member gets it capped by their role', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, SET_GROUP, {
      dataset: 'alpha',
      group: 'Research',
      permission: 'MANAGE',
    });
    expect(await permissionOf(engine, 'alpha', IDS.member)).toBe('MANAGE');
    expect(await permissionOf(engine, 'alpha', IDS.collaborator)).toBe('EDIT');
    expect(await data(engine, KEYS.admin, GROUPS_OF, { dataset: 'alpha' })).toEqual({
      dataset: {
        userGroupsCount: 1,
        userGroups: [
          {
            name: 'Research',
            permission: 'MANAGE',
            usersCount: 2,
            users: [
              { name: 'Cleo Marchetti', role: 'COLLABORATOR' },
              { name: 'Milo Okafor', role: 'MEMBER' },
            ],
          },
        ],
      },
    });
    await data(engine, KEYS.admin, REMOVE_GROUP, { dataset: 'alpha', group: 'research' });
    expect(await permissionOf(engine, 'alpha', IDS.member)).toBe('VIEW');
    expect(
      await firstError(engine, KEYS.admin, REMOVE_GROUP, { dataset: 'alpha', group: 'Research' }),
    ).toEqual({ code: 'NOT_FOUND', message: 'The group Research has no access to alpha' });
    expect(
      await firstError(engine, KEYS.admin, SET_GROUP, {
        dataset: 'alpha',
        group: 'Ghosts',
        permission: 'VIEW',
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'User group not found: Ghosts' });
  });

  it("finds a person's groups on a dataset and a group's grant", async () => {
    const reply = await data(
      createTestEngine(),
      KEYS.member,
      `query ($id: String!) { dataset(identifier: "beta") {
        mine: userGroups(filter: {userId: {eq: $id}}) { name permission }
        none: userGroups(filter: {userId: {eq: "${IDS.bea}"}}) { name }
        research: userGroup(identifier: "research") { name permission dataset { name } createdBy { name } }
        managers: usersCount(filter: {userPermission: {ge: MANAGE}})
      } }`,
      { id: IDS.member },
    );
    expect(field(reply, 'dataset')).toEqual({
      mine: [{ name: 'Research', permission: 'MANAGE' }],
      none: [],
      research: {
        name: 'Research',
        permission: 'MANAGE',
        dataset: { name: 'beta' },
        createdBy: { name: 'Ada Lovelace' },
      },
      managers: 0,
    });
  });
});

describe('who may read and change access', () => {
  it("lets a dataset's managers read its people and groups, and refuses everyone else", async () => {
    const engine = createTestEngine();
    // The member manages beta (through Research) but only views alpha.
    expect(
      field(await data(engine, KEYS.member, GROUPS_OF, { dataset: 'beta' }), 'dataset'),
    ).toEqual(like({ userGroupsCount: 1 }));
    expect(await firstError(engine, KEYS.member, FOR_DATASET, { dataset: 'alpha' })).toEqual({
      code: 'FORBIDDEN',
      message:
        'Only admins and people who can manage the dataset alpha can see who else has access to it',
    });
    expect((await firstError(engine, KEYS.collaborator, GROUPS_OF, { dataset: 'beta' })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses changes to a dataset the caller views, and hides one they cannot see', async () => {
    const engine = createTestEngine();
    const before = JSON.stringify(engine.store);
    expect(
      await firstError(engine, KEYS.member, SET_DEFAULT, {
        identifier: 'alpha',
        permission: 'EDIT',
      }),
    ).toEqual({
      code: 'FORBIDDEN',
      message:
        'Only admins and people who can manage the dataset alpha can change its default access',
    });
    expect(
      await firstError(engine, KEYS.member, SET_USER, {
        identifier: 'gamma',
        userId: IDS.bea,
        permission: 'VIEW',
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Dataset not found: gamma' });
    expect(JSON.stringify(engine.store)).toBe(before);
  });
});

describe('listing datasets', () => {
  it('filters by media type and the viewer’s permission, searches and orders', async () => {
    const engine = createTestEngine();
    const [alpha, beta, gamma] = engine.store.datasets;
    if (!alpha || !beta || !gamma) throw new Error('test store changed');
    beta.mediaType = 'video';
    alpha.samplesCount = 50;
    gamma.samplesCount = 500;
    const reply = await data(
      engine,
      KEYS.member,
      `{ images: datasets(filter: {mediaType: {eq: IMAGE}}) { name }
         managed: datasetsCount(filter: {userPermission: {eq: MANAGE}})
         bySamples: datasetsPage(pageSize: 10, order: {field: samplesCount, direction: DESC}) { nodes { name samplesCount viewer { activePermission } } }
         searched: datasets(search: {term: "et", fields: [name, slug]}) { name } }`,
    );
    expect(reply).toEqual({
      images: [{ name: 'alpha' }],
      managed: 1,
      bySamples: {
        nodes: [
          { name: 'beta', samplesCount: 100, viewer: { activePermission: 'MANAGE' } },
          { name: 'alpha', samplesCount: 50, viewer: { activePermission: 'VIEW' } },
        ],
      },
      searched: [{ name: 'beta' }],
    });
  });
});

describe('the demo organization', () => {
  it('has the dataset manager the console and the e2e tests rely on', async () => {
    const engine = createEngine({ typeDefs, seed: 'demo', now: () => TEST_NOW });
    const manager = PERSONAS.find((p) => p.id === 'manager');
    if (!manager) throw new Error('no manager persona');
    const reply = await data(
      engine,
      manager.apiKey,
      `{ viewer { role }
         managed: datasets(filter: {userPermission: {eq: MANAGE}}) { name }
         drone: dataset(identifier: "drone-inspection-3d") { viewer { activePermission } }
         hidden: dataset(identifier: "medical-xray-triage") { id } }`,
    );
    expect(reply).toEqual({
      viewer: { role: 'MEMBER' },
      managed: [
        { name: 'autonomy-multicam-v2' },
        { name: 'lidar-highway-scenes' },
        { name: 'retail-shelf-detection' },
        { name: 'warehouse-robots-v3' },
      ],
      drone: { viewer: { activePermission: 'VIEW' } },
      hidden: null,
    });
  });
});
