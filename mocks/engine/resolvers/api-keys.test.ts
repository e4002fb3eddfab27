import { describe, expect, it } from 'vitest';
import {
  DELETE_API_KEY_QUERY,
  GENERATE_API_KEY_QUERY,
  LIST_API_KEYS_QUERY,
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
  matching,
} from '../test-fixtures.ts';

const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/;

describe('API key lifecycle', () => {
  it('generates a key shown once, lists it without the key, authenticates with it, then revokes it', async () => {
    const engine = createTestEngine();
    const generated = await data(engine, KEYS.member, GENERATE_API_KEY_QUERY, {
      name: 'ci',
      userId: null,
    });
    const raw = field(generated, 'generateApiKey', 'key');
    expect(raw).toMatch(/^fo-[0-9a-f]{40}$/);
    if (typeof raw !== 'string') throw new Error('no key');
    // Only the hash is stored.
    expect(JSON.stringify(engine.store)).not.toContain(raw);

    const listed = await data(engine, KEYS.member, LIST_API_KEYS_QUERY, { userId: IDS.member });
    const keys = field(listed, 'user', 'apiKeys');
    expect(keys).toEqual([
      {
        id: 'f00000000000000000000002',
        name: 'notebook',
        createdAt: matching(DATETIME),
      },
      {
        id: matching(/^[0-9a-f]{24}$/),
        name: 'ci',
        createdAt: '2026-05-01T12:00:00.000000+00:00',
      },
    ]);
    const withKey = await data(engine, KEYS.member, `{ viewer { apiKeys { name key } } }`);
    expect(field(withKey, 'viewer', 'apiKeys')).toEqual([
      { name: 'notebook', key: null },
      { name: 'ci', key: null },
    ]);

    expect(await data(engine, raw, '{ viewer { email } }')).toEqual({
      viewer: { email: 'milo.member@acme.ai' },
    });

    const newId = engine.store.apiKeys.find((k) => k.name === 'ci')?.id;
    expect(
      await data(engine, KEYS.member, DELETE_API_KEY_QUERY, { key: newId, userId: null }),
    ).toEqual({
      removeApiKey: null,
    });
    const after = await gql(engine, raw, '{ viewer { email } }');
    expect(after.status).toBe(401);
  });

  it('mints a different key every time', async () => {
    const engine = createTestEngine();
    const keys = new Set<unknown>();
    for (let i = 0; i < 5; i++) {
      keys.add(
        field(
          await data(engine, KEYS.admin, GENERATE_API_KEY_QUERY, { name: `k${i}` }),
          'generateApiKey',
          'key',
        ),
      );
    }
    expect(keys.size).toBe(5);
  });

  it('lets an admin act on another user by id or email', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, GENERATE_API_KEY_QUERY, {
      name: 'for bea',
      userId: 'bea.brown@acme.ai',
    });
    const listed = await data(engine, KEYS.admin, LIST_API_KEYS_QUERY, { userId: IDS.bea });
    expect(field(listed, 'user', 'apiKeys')).toEqual([like({ name: 'for bea' })]);
    const keyId = engine.store.apiKeys.find((k) => k.userId === IDS.bea)?.id;
    await data(engine, KEYS.admin, DELETE_API_KEY_QUERY, { key: keyId, userId: IDS.bea });
    expect(engine.store.apiKeys.some((k) => k.userId === IDS.bea)).toBe(false);
  });

  it("refuses members access to other users' keys, saying why", async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.member, LIST_API_KEYS_QUERY, { userId: IDS.collaborator }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins can look up other users; you are signed in as a member',
    });
    // Reaching another user through a different path still hides their keys.
    expect(
      await firstError(
        engine,
        KEYS.collaborator,
        '{ viewer { userGroups { users { apiKeys { id } } } } }',
      ),
    ).toEqual({
      code: 'FORBIDDEN',
      message: "Only admins can see other users' API keys; you are signed in as a collaborator",
    });
    expect(
      await firstError(engine, KEYS.member, GENERATE_API_KEY_QUERY, { name: 'x', userId: IDS.bea }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins can generate API keys for other users; you are signed in as a member',
    });
    expect(
      await firstError(engine, KEYS.collaborator, DELETE_API_KEY_QUERY, {
        key: 'f00000000000000000000002',
        userId: IDS.member,
      }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: "Only admins can delete other users' API keys; you are signed in as a collaborator",
    });
    expect(engine.store.apiKeys).toHaveLength(4);
  });

  it('refuses keys for guests and nameless keys', async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.admin, GENERATE_API_KEY_QUERY, {
        name: 'x',
        userId: IDS.guest,
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Guests cannot have API keys (gus.guest@acme.ai is a guest)',
    });
    expect(await firstError(engine, KEYS.admin, GENERATE_API_KEY_QUERY, { name: '   ' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'An API key needs a name',
    });
    expect(engine.store.apiKeys).toHaveLength(4);
  });

  it('is NOT_FOUND for a key the user does not have', async () => {
    const engine = createTestEngine();
    // The member's key id, but asked for the admin's own keys.
    const error = await firstError(engine, KEYS.admin, DELETE_API_KEY_QUERY, {
      key: 'f00000000000000000000002',
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('API key not found: f00000000000000000000002');
    expect(engine.store.apiKeys).toHaveLength(4);
  });
});
