import { describe, expect, it } from 'vitest';
import { createEngine } from './engine.ts';
import { PERSONAS } from './personas.ts';
import { GENERATE_API_KEY_QUERY, LIST_USERS_QUERY, VIEWER_QUERY } from './sdk-documents.ts';
import { createTestEngine, data, field, gql, KEYS, TEST_NOW, typeDefs } from './test-fixtures.ts';

const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/;

function demoEngine() {
  return createEngine({ typeDefs, seed: 'demo', now: () => TEST_NOW });
}

describe('the demo seed', () => {
  it('lets every persona in with their key, as who they are', async () => {
    const engine = demoEngine();
    for (const persona of PERSONAS) {
      const result = await data(engine, persona.apiKey, VIEWER_QUERY);
      expect(result.viewer).toMatchObject({
        email: persona.email,
        name: persona.name,
        role: persona.role,
      });
    }
  });

  it("walks every user exactly once with the SDK's list_users loop", async () => {
    const engine = demoEngine();
    const admin = PERSONAS[0]?.apiKey ?? '';
    const ids: unknown[] = [];
    let after: unknown = null;
    do {
      const page = await data(engine, admin, LIST_USERS_QUERY, { after });
      const edges = field(page, 'usersConnection', 'edges');
      if (!Array.isArray(edges)) throw new Error('no edges');
      ids.push(...edges.map((edge) => field(edge, 'node', 'id')));
      after = field(page, 'usersConnection', 'pageInfo', 'hasNextPage')
        ? field(page, 'usersConnection', 'pageInfo', 'endCursor')
        : null;
    } while (after !== null);
    expect(ids).toHaveLength(engine.store.users.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('emits every datetime with microseconds and +00:00', async () => {
    const engine = demoEngine();
    const admin = PERSONAS[0]?.apiKey ?? '';
    const result = await data(
      engine,
      admin,
      `{ viewer { apiKeys { createdAt } datasets(first: 100) { createdAt lastLoadedAt } userGroups { createdAt } }
         invitations { createdAt expiresAt emailSendAttemptedAt emailSentAt } }`,
    );
    const stamps =
      JSON.stringify(result).match(
        /"(createdAt|lastLoadedAt|expiresAt|emailSendAttemptedAt|emailSentAt)":"[^"]*"/g,
      ) ?? [];
    expect(stamps.length).toBeGreaterThan(5);
    for (const stamp of stamps) expect(stamp.split('":"')[1]?.slice(0, -1)).toMatch(DATETIME);
  });
});

describe('dump, load and reset', () => {
  it('round-trips the store and resets to the initial one', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, GENERATE_API_KEY_QUERY, { name: 'persisted' });
    const dumped = engine.dump();
    expect(dumped).toContain('persisted');

    const other = createTestEngine();
    other.load(dumped);
    expect(other.store.apiKeys.map((k) => k.name)).toContain('persisted');
    expect(other.store.sequence).toBe(engine.store.sequence);

    engine.reset();
    expect(engine.store.apiKeys.map((k) => k.name)).not.toContain('persisted');
    expect((await gql(engine, KEYS.admin, VIEWER_QUERY)).status).toBe(200);
  });

  it('refuses to load something that is not a store', () => {
    const engine = createTestEngine();
    expect(() => engine.load('{"users": []}')).toThrow(/missing/);
    expect(() => engine.load('not json')).toThrow();
    expect(engine.store.users).toHaveLength(5);
  });

  it('reset(seed) switches to a named seed', () => {
    const engine = createTestEngine();
    engine.reset('empty');
    const emails = engine.store.users.map((u) => u.email);
    for (const persona of PERSONAS) expect(emails).toContain(persona.email);
  });
});
