import { describe, expect, it } from 'vitest';
import {
  DELETE_USER_QUERY,
  GET_USER_QUERY,
  LIST_USERS_QUERY,
  SET_USER_ROLE_QUERY,
} from '../sdk-documents.ts';
import {
  createTestEngine,
  data,
  field,
  firstError,
  gql,
  IDS,
  KEYS,
  like,
} from '../test-fixtures.ts';

const PAGE_QUERY = `query ($page: Int!, $pageSize: Int!, $search: UserSearchFieldsSearch, $order: UserOrderFieldsOrder) {
  usersPage(page: $page, pageSize: $pageSize, search: $search, order: $order) {
    prev page next pageSize pageTotal nodeTotal nodes { name email role }
  }
}`;

describe('user(id:)', () => {
  it('finds a user by id and by email in any letter case', async () => {
    const engine = createTestEngine();
    const milo = {
      id: IDS.member,
      name: 'Milo Okafor',
      email: 'milo.member@acme.ai',
      role: 'MEMBER',
    };
    expect(await data(engine, KEYS.admin, GET_USER_QUERY, { userId: IDS.member })).toEqual({
      user: milo,
    });
    expect(
      await data(engine, KEYS.admin, GET_USER_QUERY, { userId: 'Milo.MEMBER@Acme.ai' }),
    ).toEqual({
      user: milo,
    });
  });

  it('is null for an unknown user', async () => {
    const engine = createTestEngine();
    expect(await data(engine, KEYS.admin, GET_USER_QUERY, { userId: 'nobody@acme.ai' })).toEqual({
      user: null,
    });
    expect(
      await data(engine, KEYS.admin, GET_USER_QUERY, { userId: 'ffffffffffffffffffffffff' }),
    ).toEqual({
      user: null,
    });
  });

  it('lets anyone look themselves up, but only admins look up others', async () => {
    const engine = createTestEngine();
    expect(
      await data(engine, KEYS.member, GET_USER_QUERY, { userId: 'milo.member@acme.ai' }),
    ).toEqual({
      user: like({ id: IDS.member }),
    });
    const refused = await firstError(engine, KEYS.member, GET_USER_QUERY, { userId: IDS.admin });
    expect(refused).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins can look up other users; you are signed in as a member',
    });
    // Asking for someone who does not exist is refused the same way: nothing leaks.
    const unknown = await firstError(engine, KEYS.collaborator, GET_USER_QUERY, {
      userId: 'x@y.io',
    });
    expect(unknown.code).toBe('FORBIDDEN');
  });
});

describe('admin-only user operations', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['usersConnection', LIST_USERS_QUERY, { after: null }, 'Only admins can list users'],
    ['usersPage', PAGE_QUERY, { page: 1, pageSize: 10 }, 'Only admins can list users'],
    ['usersCount', '{ usersCount }', {}, 'Only admins can list users'],
    ['usersAudit', '{ usersAudit { users { current } } }', {}, 'Only admins can see seat usage'],
    [
      'setUserRole',
      SET_USER_ROLE_QUERY,
      { userId: IDS.bea, role: 'GUEST' },
      "Only admins can change users' roles",
    ],
    ['removeUser', DELETE_USER_QUERY, { userId: IDS.bea }, 'Only admins can remove users'],
  ];
  for (const [name, query, variables, why] of cases) {
    it(`refuses ${name} to members and collaborators, saying why`, async () => {
      const engine = createTestEngine();
      for (const [key, role] of [
        [KEYS.member, 'member'],
        [KEYS.collaborator, 'collaborator'],
      ] as const) {
        expect(await firstError(engine, key, query, variables)).toEqual({
          code: 'FORBIDDEN',
          message: `${why}; you are signed in as a ${role}`,
        });
      }
      expect(engine.store.users.find((u) => u.id === IDS.bea)?.role).toBe('MEMBER');
    });
  }
});

describe('usersConnection', () => {
  it("walks every user exactly once with the SDK's cursor loop", async () => {
    const engine = createTestEngine();
    for (let i = 0; i < 40; i++) {
      engine.store.users.push({
        id: `e${String(i).padStart(23, '0')}`,
        name: `Person ${String(i).padStart(2, '0')}`,
        email: `person${i}@acme.ai`,
        role: 'MEMBER',
        picture: null,
        createdAt: '2026-01-01T00:00:00.000000+00:00',
      });
    }
    engine.store.licence.users = 100;
    const seen: string[] = [];
    let after: unknown = null;
    let pages = 0;
    for (;;) {
      const result = await data(engine, KEYS.admin, LIST_USERS_QUERY, { after });
      const edges = field(result, 'usersConnection', 'edges');
      pages += 1;
      if (!Array.isArray(edges)) throw new Error('no edges');
      seen.push(...edges.map((edge) => String(field(edge, 'node', 'id'))));
      if (field(result, 'usersConnection', 'pageInfo', 'hasNextPage') !== true) break;
      after = field(result, 'usersConnection', 'pageInfo', 'endCursor');
    }
    expect(pages).toBe(2);
    expect(seen).toHaveLength(45);
    expect(new Set(seen)).toEqual(new Set(engine.store.users.map((u) => u.id)));
  });

  it('orders by name by default and refuses a cursor it did not issue', async () => {
    const engine = createTestEngine();
    const result = await data(
      engine,
      KEYS.admin,
      '{ usersConnection { edges { node { name } } } }',
    );
    expect(result).toEqual({
      usersConnection: {
        edges: ['Ada Lovelace', 'Bea Brown', 'Cleo Marchetti', 'Gus Guest', 'Milo Okafor'].map(
          (name) => ({
            node: { name },
          }),
        ),
      },
    });
    const bad = await firstError(engine, KEYS.admin, LIST_USERS_QUERY, { after: 'bogus' });
    expect(bad).toEqual({ code: 'BAD_USER_INPUT', message: 'Invalid cursor: bogus' });
  });
});

describe('usersPage', () => {
  it('pages 1-based with prev/next null at the ends', async () => {
    const engine = createTestEngine();
    const first = await data(engine, KEYS.admin, PAGE_QUERY, { page: 1, pageSize: 2 });
    expect(first.usersPage).toMatchObject({
      prev: null,
      page: 1,
      next: 2,
      pageSize: 2,
      pageTotal: 3,
      nodeTotal: 5,
      nodes: [{ name: 'Ada Lovelace' }, { name: 'Bea Brown' }],
    });
    const last = await data(engine, KEYS.admin, PAGE_QUERY, { page: 3, pageSize: 2 });
    expect(last.usersPage).toMatchObject({
      prev: 2,
      page: 3,
      next: null,
      nodes: [{ name: 'Milo Okafor' }],
    });
  });

  it('refuses an out-of-range page with "Invalid page number"', async () => {
    const engine = createTestEngine();
    for (const page of [0, 4, -1]) {
      const error = await firstError(engine, KEYS.admin, PAGE_QUERY, { page, pageSize: 2 });
      expect(error.message).toContain('Invalid page number');
      expect(error.code).toBe('BAD_USER_INPUT');
    }
  });

  it('searches the listed fields case-insensitively and sorts descending', async () => {
    const engine = createTestEngine();
    const acme = await data(engine, KEYS.admin, PAGE_QUERY, {
      page: 1,
      pageSize: 10,
      search: { term: 'ACME.AI', fields: ['email'] },
      order: { field: 'name', direction: 'DESC' },
    });
    expect(acme.usersPage).toMatchObject({
      nodeTotal: 4,
      pageTotal: 1,
      nodes: [
        { name: 'Milo Okafor' },
        { name: 'Gus Guest' },
        { name: 'Bea Brown' },
        { name: 'Ada Lovelace' },
      ],
    });
    const byName = await data(engine, KEYS.admin, PAGE_QUERY, {
      page: 1,
      pageSize: 10,
      search: { term: 'acme', fields: ['name'] },
    });
    expect(byName.usersPage).toMatchObject({
      nodeTotal: 0,
      pageTotal: 0,
      prev: null,
      next: null,
      nodes: [],
    });
    const count = await data(
      engine,
      KEYS.admin,
      '{ usersCount(search: {term: "marchetti", fields: [name, email]}) }',
    );
    expect(count).toEqual({ usersCount: 1 });
  });
});

describe('usersAudit', () => {
  it('counts seats by role, with pending invitations holding their seat', async () => {
    const result = await data(
      createTestEngine(),
      KEYS.admin,
      '{ usersAudit { users { current remaining } collaborators { current remaining } guests { current remaining } } }',
    );
    // users: Ada, Milo, Bea (the expired member invitation holds nothing); collaborators: Cleo
    // and the pending invitation; guests: Gus.
    expect(result.usersAudit).toEqual({
      users: { current: 3, remaining: 7 },
      collaborators: { current: 2, remaining: 1 },
      guests: { current: 1, remaining: 4 },
    });
  });
});

describe('setUserRole', () => {
  it('changes the role (by email) and returns the user', async () => {
    const engine = createTestEngine();
    const result = await data(
      engine,
      KEYS.admin,
      'mutation ($u: String!) { setUserRole(userId: $u, role: ADMIN) { id role } }',
      {
        u: 'BEA.brown@acme.ai',
      },
    );
    expect(result).toEqual({ setUserRole: { id: IDS.bea, role: 'ADMIN' } });
    expect(engine.store.users.find((u) => u.id === IDS.bea)?.role).toBe('ADMIN');
  });

  it('is NOT_FOUND for an unknown user', async () => {
    const error = await firstError(createTestEngine(), KEYS.admin, SET_USER_ROLE_QUERY, {
      userId: 'ghost@acme.ai',
      role: 'MEMBER',
    });
    expect(error).toEqual({ code: 'NOT_FOUND', message: 'User not found: ghost@acme.ai' });
  });

  it('keeps at least one admin', async () => {
    const engine = createTestEngine();
    const error = await firstError(engine, KEYS.admin, SET_USER_ROLE_QUERY, {
      userId: IDS.admin,
      role: 'MEMBER',
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('the organization must keep at least one admin');
    expect(engine.store.users.find((u) => u.id === IDS.admin)?.role).toBe('ADMIN');
  });

  it('deletes the API keys of someone made a guest', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, SET_USER_ROLE_QUERY, { userId: IDS.member, role: 'GUEST' });
    expect(engine.store.apiKeys.filter((k) => k.userId === IDS.member)).toEqual([]);
    expect((await gql(engine, KEYS.member, '{ viewer { id } }')).status).toBe(401);
  });

  it('refuses a move into a seat category with no seats left, naming the seat', async () => {
    const engine = createTestEngine();
    engine.store.licence.collaborators = 2; // Cleo + the pending invitation: 0 remaining
    const error = await firstError(engine, KEYS.admin, SET_USER_ROLE_QUERY, {
      userId: IDS.bea,
      role: 'COLLABORATOR',
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^No collaborator seats left \(2 of 2 used\)/);
    expect(engine.store.users.find((u) => u.id === IDS.bea)?.role).toBe('MEMBER');
    // Within the same category no seat is needed: member → admin still works.
    engine.store.licence.users = 3;
    expect(
      await data(engine, KEYS.admin, SET_USER_ROLE_QUERY, { userId: IDS.bea, role: 'ADMIN' }),
    ).toEqual({
      setUserRole: { id: IDS.bea },
    });
  });
});

describe('removeUser', () => {
  it('removes the user and everything that names them', async () => {
    const engine = createTestEngine();
    const result = await data(engine, KEYS.admin, DELETE_USER_QUERY, {
      userId: 'cleo.collab@partner.io',
    });
    expect(result).toEqual({ removeUser: null });
    const { store } = engine;
    expect(store.users.map((u) => u.id)).not.toContain(IDS.collaborator);
    expect(store.apiKeys.some((k) => k.userId === IDS.collaborator)).toBe(false);
    expect(store.groups[0]?.memberIds).toEqual([IDS.member]);
    expect(store.datasets[0]?.userGrants).toEqual({});
    expect((await gql(engine, KEYS.collaborator, '{ viewer { id } }')).status).toBe(401);
  });

  it('is NOT_FOUND for an unknown user and refuses removing yourself', async () => {
    const engine = createTestEngine();
    expect(await firstError(engine, KEYS.admin, DELETE_USER_QUERY, { userId: 'nope' })).toEqual({
      code: 'NOT_FOUND',
      message: 'User not found: nope',
    });
    const self = await firstError(engine, KEYS.admin, DELETE_USER_QUERY, { userId: IDS.admin });
    expect(self.code).toBe('BAD_USER_INPUT');
    expect(self.message).toContain('You cannot remove yourself');
    expect(engine.store.users).toHaveLength(5);
  });
});
