import { describe, expect, it } from 'vitest';
import { effectivePermission, roleCap } from '../rules/dataset-access.ts';
import { seatUsage } from '../rules/seats.ts';
import { DAY_MS, isoMicro } from '../time.ts';
import type { Role } from '../types.ts';
import {
  buildTestStore,
  createTestEngine,
  data,
  field,
  firstError,
  IDS,
  KEYS,
  TEST_NOW,
} from '../test-fixtures.ts';

// The web app's documents (fiftyone-api.md §11) over the published fields of §15.
const ROLES_QUERY = `{
  roles {
    role
    attributes(exclude: [EXECUTE_BUILTIN_PLUGINS]) {
      __typename
      ... on BoolUserAttributeInfo { attribute display description boolValue: value }
      ... on DatasetAccessLevelUserAttributeInfo { attribute display description accessValue: value }
      ... on DatasetPermissionUserAttributeInfo { attribute display description permissionValue: value }
    }
  }
}`;

function attributeValue(answer: unknown, role: Role, attribute: string): unknown {
  const roles = field(answer, 'roles');
  if (!Array.isArray(roles)) throw new Error('No roles');
  const entry: unknown = roles.find((r: unknown) => field(r, 'role') === role);
  const attributes = field(entry, 'attributes');
  if (!Array.isArray(attributes)) throw new Error(`No attributes for ${role}`);
  const info: unknown = attributes.find((a: unknown) => field(a, 'attribute') === attribute);
  return field(info, 'boolValue') ?? field(info, 'accessValue') ?? field(info, 'permissionValue');
}

describe('roles', () => {
  it('any signed-in user reads every role, most privileged first, with display names', async () => {
    const engine = createTestEngine();
    const answer = await data(engine, KEYS.collaborator, ROLES_QUERY);
    const roles = field(answer, 'roles');
    expect(Array.isArray(roles) && roles.map((r: unknown) => field(r, 'role'))).toEqual([
      'ADMIN',
      'MEMBER',
      'COLLABORATOR',
      'GUEST',
    ]);
    const first = field(answer, 'roles', '0', 'attributes', '0');
    expect(first).toEqual({
      __typename: 'BoolUserAttributeInfo',
      attribute: 'ACT_ON_BEHALF_OF_USER',
      display: 'Act on behalf of users',
      description: 'Run delegated operations as another user.',
      boolValue: true,
    });
    expect(JSON.stringify(answer)).not.toContain('EXECUTE_BUILTIN_PLUGINS');
  });

  it('states what the mock enforces: a guest cannot hold an API key, nor be granted above VIEW', async () => {
    const engine = createTestEngine();
    const answer = await data(engine, KEYS.admin, ROLES_QUERY);
    expect(attributeValue(answer, 'GUEST', 'USE_API_KEYS')).toBe(false);
    const refused = await firstError(
      engine,
      KEYS.admin,
      'mutation { generateApiKey(name: "x", userId: "a00000000000000000000004") { id } }',
    );
    expect(refused.message).toMatch(/guest/i);

    for (const role of ['ADMIN', 'MEMBER', 'COLLABORATOR', 'GUEST'] as const) {
      expect(attributeValue(answer, role, 'MAX_DATASET_PERMISSION')).toBe(roleCap(role));
      expect(attributeValue(answer, role, 'MANAGE_ORGANIZATION')).toBe(role === 'ADMIN');
    }
    expect(attributeValue(answer, 'MEMBER', 'DATASET_ACCESS_LEVEL')).toBe('IMPLICIT');
    expect(attributeValue(answer, 'COLLABORATOR', 'DATASET_ACCESS_LEVEL')).toBe('EXPLICIT');
  });

  it('access level follows the rule: a member sees a default-access dataset, a collaborator does not', () => {
    const store = buildTestStore();
    const dataset = store.datasets[0];
    const member = store.users.find((u) => u.id === IDS.member);
    const collaborator = store.users.find((u) => u.id === IDS.collaborator);
    if (!dataset || !member || !collaborator) throw new Error('fixture changed');
    dataset.defaultPermission = 'TAG';
    dataset.userGrants = {};
    dataset.groupGrants = {};
    expect(effectivePermission(store, member, dataset)).toBe('TAG');
    expect(effectivePermission(store, collaborator, dataset)).toBe('NO_ACCESS');
  });

  it('reads one role, one attribute, and a user’s own attributes; others only for admins', async () => {
    const engine = createTestEngine();
    const one = await data(
      engine,
      KEYS.member,
      '{ role(role: GUEST) { attribute(attribute: MAX_DATASET_PERMISSION) { ... on DatasetPermissionUserAttributeInfo { value options } } } }',
    );
    expect(field(one, 'role', 'attribute')).toEqual({
      value: 'VIEW',
      options: ['NO_ACCESS', 'VIEW', 'TAG', 'EDIT', 'MANAGE'],
    });
    const own = await data(
      engine,
      KEYS.member,
      '{ viewer { attributes(include: [USE_API_KEYS, EDIT_USERS]) { ... on BoolUserAttributeInfo { attribute value } } } }',
    );
    expect(field(own, 'viewer', 'attributes')).toEqual([
      { attribute: 'EDIT_USERS', value: false },
      { attribute: 'USE_API_KEYS', value: true },
    ]);
    const admin = await data(
      engine,
      KEYS.admin,
      `{ user(id: "${IDS.member}") { attribute(attribute: VIEW_USERS) { ... on BoolUserAttributeInfo { value } } } }`,
    );
    expect(field(admin, 'user', 'attribute', 'value')).toBe(false);
  });
});

describe('featureFlag', () => {
  const SEND =
    'mutation { sendUserInvitation(email: "new@acme.ai", role: MEMBER) { id emailSentAt } }';

  it('anyone reads the flags', async () => {
    const engine = createTestEngine();
    expect(
      await data(
        engine,
        KEYS.collaborator,
        '{ featureFlag { invitationsEnabled invitationEmailsEnabled } }',
      ),
    ).toEqual({ featureFlag: { invitationsEnabled: true, invitationEmailsEnabled: true } });
  });

  it('with invitations disabled the server refuses to invite, also by a dataset grant', async () => {
    const engine = createTestEngine();
    engine.store.featureFlag.invitationsEnabled = false;
    const refused = await firstError(engine, KEYS.admin, SEND);
    expect(refused).toEqual({
      message: 'Invitations are disabled for this organization',
      code: 'FORBIDDEN',
    });
    const byGrant = await firstError(
      engine,
      KEYS.admin,
      `mutation { setDatasetUserPermission(datasetIdentifier: "${IDS.datasetAlpha}", email: "new@acme.ai", permission: VIEW) { id } }`,
    );
    expect(byGrant.message).toBe('Invitations are disabled for this organization');
    expect(engine.store.invitations.some((i) => i.email === 'new@acme.ai')).toBe(false);
  });

  it('with e-mails disabled an invitation is created but not mailed', async () => {
    const engine = createTestEngine();
    engine.store.featureFlag.invitationEmailsEnabled = false;
    const sent = await data(engine, KEYS.admin, SEND);
    expect(field(sent, 'sendUserInvitation', 'emailSentAt')).toBeNull();
  });
});

describe('notifications', () => {
  const QUERY = `{ notifications { kind code level title details read } notificationsCount }`;

  it('none while the licence runs and seats suffice', async () => {
    const engine = createTestEngine();
    expect(await data(engine, KEYS.admin, QUERY)).toEqual({
      notifications: [],
      notificationsCount: 0,
    });
  });

  it('warns admins before the licence ends and errs after', async () => {
    const store = buildTestStore();
    store.licenceEndsAt = isoMicro(TEST_NOW + 10 * DAY_MS);
    const engine = createTestEngine(store);
    expect(field(await data(engine, KEYS.admin, QUERY), 'notifications')).toEqual([
      {
        kind: 'GLOBAL',
        code: 'LICENSE_EXPIRATION',
        level: 'WARNING',
        title: 'Your FiftyOne Enterprise licence ends in 10 days (2026-05-11)',
        details: ['Contact your FiftyOne account team to renew it.'],
        read: false,
      },
    ]);
    engine.store.licenceEndsAt = isoMicro(TEST_NOW - DAY_MS);
    expect(field(await data(engine, KEYS.admin, QUERY), 'notifications', '0', 'level')).toBe(
      'ERROR',
    );
    // Members are not told.
    expect(await data(engine, KEYS.member, QUERY)).toEqual({
      notifications: [],
      notificationsCount: 0,
    });
  });

  it('raises seat compliance from the seat audit, filterable by code', async () => {
    const engine = createTestEngine();
    engine.store.licence.collaborators = 0;
    const used = seatUsage(engine.store, TEST_NOW).collaborators.current;
    const answer = await data(
      engine,
      KEYS.admin,
      '{ notifications(filter: { codes: [STRICT_COMPLIANCE] }) { level title details } notificationsCount(filter: { codes: [LICENSE_EXPIRATION] }) }',
    );
    expect(answer).toEqual({
      notifications: [
        {
          level: 'ERROR',
          title: 'Your organization uses more seats than its licence allows',
          details: [
            `collaborator seats: ${used} in use (people and pending invitations), 0 licensed`,
          ],
        },
      ],
      notificationsCount: 0,
    });
  });
});

describe('older-server scenario', () => {
  it('refuses the newer fields as a server without them would, and serves the rest', async () => {
    const engine = createTestEngine();
    engine.setScenario('older-server');
    const refused = await firstError(engine, KEYS.admin, '{ featureFlag { invitationsEnabled } }');
    expect(refused.message).toBe('Cannot query field "featureFlag" on type "Query".');
    expect(await data(engine, KEYS.admin, '{ viewer { role } }')).toEqual({
      viewer: { role: 'ADMIN' },
    });
  });
});
