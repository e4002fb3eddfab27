import { describe, expect, it } from 'vitest';
import { createTestEngine, data, field, firstError, IDS, KEYS } from '../test-fixtures.ts';

const USER_DATASETS = `query ($id: String!) {
  user(id: $id) {
    datasetsCount
    datasets(first: 10) { name user(id: $id) { activePermission userPermission } }
  }
}`;

async function permissionsOf(key: string, userId: string) {
  const result = await data(createTestEngine(), key, USER_DATASETS, { id: userId });
  return field(result, 'user');
}

describe('User.datasets', () => {
  it('lists what each user can access, with effective and explicit permissions', async () => {
    // Admin: MANAGE on everything.
    expect(await permissionsOf(KEYS.admin, IDS.admin)).toEqual({
      datasetsCount: 3,
      datasets: ['alpha', 'beta', 'gamma'].map((name) => ({
        name,
        user: { activePermission: 'MANAGE', userPermission: null },
      })),
    });
    // Member of Research: alpha by default (VIEW), beta through the group (MANAGE).
    expect(await permissionsOf(KEYS.member, IDS.member)).toEqual({
      datasetsCount: 2,
      datasets: [
        { name: 'alpha', user: { activePermission: 'VIEW', userPermission: null } },
        { name: 'beta', user: { activePermission: 'MANAGE', userPermission: null } },
      ],
    });
    // Collaborator: no default access; own EDIT grant; the group's MANAGE capped at EDIT.
    expect(await permissionsOf(KEYS.collaborator, IDS.collaborator)).toEqual({
      datasetsCount: 2,
      datasets: [
        { name: 'alpha', user: { activePermission: 'EDIT', userPermission: 'EDIT' } },
        { name: 'beta', user: { activePermission: 'EDIT', userPermission: null } },
      ],
    });
    // Guest: the EDIT grant is capped at VIEW.
    expect(await permissionsOf(KEYS.admin, IDS.guest)).toEqual({
      datasetsCount: 1,
      datasets: [{ name: 'gamma', user: { activePermission: 'VIEW', userPermission: 'EDIT' } }],
    });
  });

  it('pages, filters and orders', async () => {
    const engine = createTestEngine();
    const result = await data(
      engine,
      KEYS.admin,
      `query ($id: String!) { user(id: $id) {
        datasetsPage(pageSize: 1, page: 2, order: {field: name, direction: DESC}) { page pageTotal nodeTotal nodes { name } }
        managed: datasetsCount(filter: {userPermission: {ge: MANAGE}})
        searched: datasets(search: {term: "ALP", fields: [name]}) { id slug mediaType samplesCount sampleFieldsCount tags defaultPermission createdAt lastLoadedAt description createdBy { email } }
      } }`,
      { id: IDS.member },
    );
    expect(field(result, 'user', 'datasetsPage')).toEqual({
      page: 2,
      pageTotal: 2,
      nodeTotal: 2,
      nodes: [{ name: 'alpha' }],
    });
    expect(field(result, 'user', 'managed')).toBe(1);
    expect(field(result, 'user', 'searched')).toEqual([
      {
        id: IDS.datasetAlpha,
        slug: 'alpha',
        mediaType: 'image',
        samplesCount: 100,
        sampleFieldsCount: 7,
        tags: ['test'],
        defaultPermission: 'VIEW',
        createdAt: '2026-03-22T12:00:00.000000+00:00',
        lastLoadedAt: null,
        description: null,
        createdBy: { email: 'ada.admin@acme.ai' },
      },
    ]);
  });

  it("refuses a member another user's datasets and another user's access", async () => {
    const engine = createTestEngine();
    // Through a group the member can read, Cleo is reachable, but not her datasets.
    expect(
      await firstError(
        engine,
        KEYS.member,
        '{ viewer { userGroups { users { datasetsCount } } } }',
      ),
    ).toEqual({
      code: 'FORBIDDEN',
      message: "Only admins can see other users' datasets; you are signed in as a member",
    });
    // The member can see their own access to alpha, but not the collaborator's there (no MANAGE)…
    const alpha = await firstError(
      engine,
      KEYS.member,
      `{ viewer { datasets { name user(id: "${IDS.collaborator}") { activePermission } } } }`,
    );
    expect(alpha).toEqual({
      code: 'FORBIDDEN',
      message:
        "Only admins and people who can manage the dataset alpha can see other people's access to it",
    });
    // …while on beta, which the member manages, they can.
    const beta = await data(
      engine,
      KEYS.member,
      `{ viewer { dataset(identifier: "beta") { viewer { activePermission pinned } user(id: "${IDS.collaborator}") { activePermission email } } } }`,
    );
    expect(field(beta, 'viewer', 'dataset')).toEqual({
      viewer: { activePermission: 'MANAGE', pinned: false },
      user: { activePermission: 'EDIT', email: 'cleo.collab@partner.io' },
    });
  });
});

describe('User.userGroups', () => {
  it("lists the user's groups with their members", async () => {
    const result = await data(
      createTestEngine(),
      KEYS.admin,
      `query ($id: String!) { user(id: $id) { userGroupsCount userGroups { name slug createdBy { name } usersCount users(first: 1) { name } } } }`,
      { id: IDS.collaborator },
    );
    expect(field(result, 'user')).toEqual({
      userGroupsCount: 1,
      userGroups: [
        {
          name: 'Research',
          slug: 'research',
          createdBy: { name: 'Ada Lovelace' },
          usersCount: 2,
          users: [{ name: 'Cleo Marchetti' }],
        },
      ],
    });
  });
});
