import { describe, expect, it } from 'vitest';
import {
  createTestEngine,
  data,
  field,
  firstError,
  gql,
  KEYS,
  matching,
} from '../test-fixtures.ts';

// The secrets documents the console and an SDK script send (fiftyone-api.md §3.11, §13).
const ADD_SECRET = `mutation ($key: String!, $value: String!, $description: String) {
  createSecret(key: $key, value: $value, description: $description) { id key createdAt description }
}`;
const UPDATE_SECRET = `mutation ($key: String!, $value: String, $description: String) {
  updateSecret(key: $key, value: $value, description: $description) { key description }
}`;
const DELETE_SECRET = `mutation ($key: String!) { deleteSecret(key: $key) }`;
const GET_SECRET = `query ($key: String!) { secret(key: $key) { key createdAt description } }`;
const LIST_SECRETS = `query ($filter: SecretFilter, $order: SecretOrderFieldsOrder) {
  secrets(filter: $filter, order: $order) { key }
}`;
/** Every field of EncryptedSecret, the ones that must not leak included. */
const EVERYTHING = `query ($key: String!) {
  secret(key: $key) { id key value createdAt description decrypted }
  secrets { id key value createdAt description decrypted }
}`;

const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/;
const VALUE = 'hunter2-PLAINTEXT-value-0042';

async function keys(engine: ReturnType<typeof createTestEngine>, variables = {}) {
  const answer = await data(engine, KEYS.admin, LIST_SECRETS, variables);
  const list = field(answer, 'secrets');
  return Array.isArray(list) ? list.map((item) => field(item, 'key')) : list;
}

describe('secrets', () => {
  it('adds, describes, rotates and deletes a secret (add_secret, update_secret, delete_secret)', async () => {
    const engine = createTestEngine();
    const added = await data(engine, KEYS.admin, ADD_SECRET, {
      key: 'MY_SECRET',
      value: VALUE,
      description: 'very secure secret',
    });
    expect(added).toEqual({
      createSecret: {
        id: matching(/^[0-9a-f]{24}$/),
        key: 'MY_SECRET',
        createdAt: '2026-05-01T12:00:00.000000+00:00',
        description: 'very secure secret',
      },
    });
    expect(await data(engine, KEYS.admin, GET_SECRET, { key: 'MY_SECRET' })).toEqual({
      secret: {
        key: 'MY_SECRET',
        createdAt: matching(DATETIME),
        description: 'very secure secret',
      },
    });
    const before = engine.store.secrets.find((s) => s.key === 'MY_SECRET')?.ciphertext;

    // A new value only: the description stays.
    expect(
      await data(engine, KEYS.admin, UPDATE_SECRET, { key: 'MY_SECRET', value: 'rotated-value' }),
    ).toEqual({ updateSecret: { key: 'MY_SECRET', description: 'very secure secret' } });
    expect(engine.store.secrets.find((s) => s.key === 'MY_SECRET')?.ciphertext).not.toBe(before);
    // A description only; an empty one clears it.
    expect(
      await data(engine, KEYS.admin, UPDATE_SECRET, { key: 'MY_SECRET', description: '' }),
    ).toEqual({ updateSecret: { key: 'MY_SECRET', description: null } });

    expect(await data(engine, KEYS.admin, DELETE_SECRET, { key: 'MY_SECRET' })).toEqual({
      deleteSecret: null,
    });
    expect(await data(engine, KEYS.admin, GET_SECRET, { key: 'MY_SECRET' })).toEqual({
      secret: null,
    });
  });

  it('never answers or stores a value: value is opaque ciphertext and decrypted is null', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, ADD_SECRET, { key: 'TOKEN', value: VALUE });
    await data(engine, KEYS.admin, UPDATE_SECRET, { key: 'TOKEN', value: `${VALUE}-rotated` });
    const reply = await gql(engine, KEYS.admin, EVERYTHING, { key: 'TOKEN' });
    const text = JSON.stringify(reply.body);
    expect(text).not.toContain(VALUE);
    expect(JSON.stringify(engine.store)).not.toContain(VALUE);
    const secret = field(reply.body, 'data', 'secret');
    expect(field(secret, 'decrypted')).toBeNull();
    expect(field(secret, 'value')).toMatch(/^gAAAAAB[A-Za-z0-9_-]{113}==$/);
  });

  it('lists every secret, filtered and ordered as asked', async () => {
    const engine = createTestEngine();
    for (const key of ['BETA_KEY', 'ALPHA_KEY', 'GAMMA_TOKEN']) {
      await data(engine, KEYS.admin, ADD_SECRET, { key, value: 'v' });
    }
    expect(await keys(engine)).toEqual(['ALPHA_KEY', 'BETA_KEY', 'GAMMA_TOKEN']);
    expect(await keys(engine, { order: { field: 'key', direction: 'DESC' } })).toEqual([
      'GAMMA_TOKEN',
      'BETA_KEY',
      'ALPHA_KEY',
    ]);
    expect(await keys(engine, { filter: { key: { regexp: '_KEY$' } } })).toEqual([
      'ALPHA_KEY',
      'BETA_KEY',
    ]);
    expect(await keys(engine, { filter: { key: { in: ['GAMMA_TOKEN', 'NOPE'] } } })).toEqual([
      'GAMMA_TOKEN',
    ]);
  });

  it('refuses a second secret with the same key, and keeps the first', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, ADD_SECRET, { key: 'DUP', value: 'first' });
    const first = engine.store.secrets.find((s) => s.key === 'DUP')?.ciphertext;
    expect(await firstError(engine, KEYS.admin, ADD_SECRET, { key: 'DUP', value: VALUE })).toEqual({
      message: 'A secret with the key DUP already exists; update it instead',
      code: 'CONFLICT',
    });
    expect(engine.store.secrets.filter((s) => s.key === 'DUP')).toHaveLength(1);
    expect(engine.store.secrets.find((s) => s.key === 'DUP')?.ciphertext).toBe(first);
  });

  it('refuses keys that cannot name a variable and empty values, without repeating the value', async () => {
    const engine = createTestEngine();
    for (const key of ['', '1ST_KEY', 'MY-KEY', 'WITH SPACE']) {
      const error = await firstError(engine, KEYS.admin, ADD_SECRET, { key, value: VALUE });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).not.toContain(VALUE);
    }
    expect(await firstError(engine, KEYS.admin, ADD_SECRET, { key: 'OK', value: '' })).toEqual({
      message: 'A secret needs a value',
      code: 'BAD_USER_INPUT',
    });
    expect(engine.store.secrets).toEqual([]);
  });

  it('answers NOT_FOUND for updating or deleting a secret that does not exist', async () => {
    const engine = createTestEngine();
    for (const [document, variables] of [
      [UPDATE_SECRET, { key: 'MISSING', value: 'x' }],
      [DELETE_SECRET, { key: 'MISSING' }],
    ] as const) {
      expect(await firstError(engine, KEYS.admin, document, variables)).toEqual({
        message: 'Secret not found: MISSING',
        code: 'NOT_FOUND',
      });
    }
  });

  it('is admin only, reads included', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, ADD_SECRET, { key: 'ADMIN_ONLY', value: 'v' });
    for (const [document, variables] of [
      [LIST_SECRETS, {}],
      [GET_SECRET, { key: 'ADMIN_ONLY' }],
      [ADD_SECRET, { key: 'MINE', value: 'v' }],
      [UPDATE_SECRET, { key: 'ADMIN_ONLY', value: 'v2' }],
      [DELETE_SECRET, { key: 'ADMIN_ONLY' }],
    ] as const) {
      const error = await firstError(engine, KEYS.member, document, variables);
      expect(error).toEqual({
        message: matching(/^Only admins can .*secrets; you are signed in as a member$/),
        code: 'FORBIDDEN',
      });
    }
    expect(engine.store.secrets.map((s) => s.key)).toEqual(['ADMIN_ONLY']);
  });
});
