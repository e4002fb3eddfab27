import { describe, expect, it } from 'vitest';
import { hashKey } from '../hash.ts';
import { PERSONAS } from '../personas.ts';
import { DAY_MS } from '../time.ts';
import type { DatasetPermission, Role, SeedName, Store } from '../types.ts';
import { buildSeed } from './index.ts';
import { orchestratorSecretName } from './infrastructure.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0, 0);
const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/;
const ID = /^[0-9a-f]{24}$/;
const SEEDS: readonly SeedName[] = ['demo', 'empty', 'large'];
const PERMISSION_ORDER: readonly DatasetPermission[] = [
  'NO_ACCESS',
  'VIEW',
  'TAG',
  'EDIT',
  'MANAGE',
];
const CAP: Record<Role, DatasetPermission> = {
  ADMIN: 'MANAGE',
  MEMBER: 'MANAGE',
  COLLABORATOR: 'EDIT',
  GUEST: 'VIEW',
};

const stores = new Map<SeedName, Store>(SEEDS.map((name) => [name, buildSeed(name, NOW)]));
function seed(name: SeedName): Store {
  const store = stores.get(name);
  if (!store) throw new Error(`no seed ${name}`);
  return store;
}

function rank(permission: DatasetPermission): number {
  return PERMISSION_ORDER.indexOf(permission);
}

/** Every value of the store with its path. */
function* walk(value: unknown, path = '$'): Generator<[string, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
  }
}

function fields(value: object): Map<string, unknown> {
  return new Map<string, unknown>(Object.entries(value));
}

/** Differences between two stores, allowing datetimes to differ by exactly `shiftMs`. */
function differences(a: unknown, b: unknown, shiftMs: number, path = '$'): string[] {
  if (typeof a === 'string' && typeof b === 'string' && DATETIME.test(a) && DATETIME.test(b)) {
    return Date.parse(b) - Date.parse(a) === shiftMs ? [] : [`${path}: ${a} vs ${b}`];
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: length ${a.length} vs ${b.length}`];
    return a.flatMap((item: unknown, i) => differences(item, b[i], shiftMs, `${path}[${i}]`));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const fa = fields(a);
    const fb = fields(b);
    const keys = new Set([...fa.keys(), ...fb.keys()]);
    return [...keys].flatMap((key) =>
      differences(fa.get(key), fb.get(key), shiftMs, `${path}.${key}`),
    );
  }
  return Object.is(a, b) ? [] : [`${path}: ${String(a)} vs ${String(b)}`];
}

describe.each(SEEDS)('%s seed', (name) => {
  const store = seed(name);
  const usersById = new Map(store.users.map((user) => [user.id, user]));

  it('is deterministic', () => {
    expect(buildSeed(name, NOW)).toEqual(store);
  });

  it('shifts only the dates when `now` changes', () => {
    const shift = 3 * DAY_MS + 12_345;
    expect(differences(store, buildSeed(name, NOW + shift), shift)).toEqual([]);
  });

  it('formats every datetime with microseconds and +00:00, none in the future but expiries', () => {
    const bad: string[] = [];
    for (const [path, value] of walk(store)) {
      const isTimeField = /At$/.test(path) || /\.pins\./.test(path);
      if (typeof value === 'string' && (isTimeField || /^\d{4}-\d\d-\d\dT/.test(value))) {
        if (!DATETIME.test(value)) bad.push(`${path}: ${value}`);
        else if (
          !path.endsWith('.expiresAt') &&
          path !== '$.licenceEndsAt' &&
          Date.parse(value) > NOW
        )
          bad.push(`${path}: future`);
      } else if (isTimeField && value !== null) {
        bad.push(`${path}: ${JSON.stringify(value)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has every persona with its role, name and a hash of its key (never the raw key)', () => {
    const json = JSON.stringify(store);
    for (const persona of PERSONAS) {
      const user = store.users.find((u) => u.email === persona.email);
      expect(user, persona.id).toMatchObject({ name: persona.name, role: persona.role });
      expect(
        store.apiKeys.some(
          (key) => key.userId === user?.id && key.keyHash === hashKey(persona.apiKey),
        ),
      ).toBe(true);
      expect(json).not.toContain(persona.apiKey);
    }
  });

  it('has unique ids and unique emails', () => {
    const ids = [
      store.organization.id,
      ...store.users.map((x) => x.id),
      ...store.apiKeys.map((x) => x.id),
      ...store.invitations.map((x) => x.id),
      ...store.groups.map((x) => x.id),
      ...store.datasets.map((x) => x.id),
      ...store.snapshots.map((x) => x.id),
      ...store.secrets.map((x) => x.id),
      ...store.cloudCredentials.map((x) => x.id),
      ...store.orchestrators.map((x) => x.orchestratorIdentifier),
    ];
    expect(ids.filter((id) => !ID.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const emails = [...store.users, ...store.invitations].map((x) => x.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    const names = store.users.map((user) => user.name);
    expect(new Set(names).size).toBe(names.length);
    for (const list of [store.datasets, store.groups]) {
      expect(new Set(list.map((x) => x.name)).size).toBe(list.length);
      expect(new Set(list.map((x) => x.slug)).size).toBe(list.length);
    }
    expect(new Set(store.secrets.map((x) => x.key)).size).toBe(store.secrets.length);
    expect(new Set(store.plugins.map((x) => x.name)).size).toBe(store.plugins.length);
  });

  it('only refers to things that exist', () => {
    const groupIds = new Set(store.groups.map((group) => group.id));
    const datasetIds = new Set(store.datasets.map((dataset) => dataset.id));
    const missing: string[] = [];
    const need = (ok: boolean, what: string): void => {
      if (!ok) missing.push(what);
    };
    for (const key of store.apiKeys) need(usersById.has(key.userId), `key ${key.id}`);
    for (const group of store.groups) {
      need(usersById.get(group.createdById)?.role === 'ADMIN', `group creator ${group.name}`);
      for (const id of group.memberIds) need(usersById.has(id), `member of ${group.name}`);
      need(
        new Set(group.memberIds).size === group.memberIds.length,
        `duplicate member ${group.name}`,
      );
    }
    for (const dataset of store.datasets) {
      for (const id of Object.keys(dataset.userGrants))
        need(usersById.has(id), `grant ${dataset.name}`);
      for (const id of Object.keys(dataset.groupGrants))
        need(groupIds.has(id), `group grant ${dataset.name}`);
      for (const id of Object.keys(dataset.pins)) need(usersById.has(id), `pin ${dataset.name}`);
    }
    for (const snapshot of store.snapshots) {
      need(datasetIds.has(snapshot.datasetId), `snapshot ${snapshot.name}`);
      need(
        snapshot.createdById === null || usersById.has(snapshot.createdById),
        `author ${snapshot.name}`,
      );
    }
    for (const invitation of store.invitations) {
      need(usersById.get(invitation.inviterId)?.role === 'ADMIN', `inviter ${invitation.email}`);
      for (const grant of invitation.datasetGrants)
        need(datasetIds.has(grant.datasetId), `invite grant`);
    }
    for (const record of [...store.secrets, ...store.cloudCredentials]) {
      need(
        record.createdById === null || usersById.get(record.createdById)?.role === 'ADMIN',
        record.id,
      );
    }
    expect(missing).toEqual([]);
  });

  it('gives no guest an API key', () => {
    expect(store.apiKeys.filter((key) => usersById.get(key.userId)?.role === 'GUEST')).toEqual([]);
  });

  it('grants nobody more than their role allows, and every creator MANAGE', () => {
    const over: string[] = [];
    for (const dataset of store.datasets) {
      for (const [userId, permission] of Object.entries(dataset.userGrants)) {
        const role = usersById.get(userId)?.role;
        if (role && rank(permission) > rank(CAP[role]))
          over.push(`${dataset.name}: ${role} ${permission}`);
      }
      expect(dataset.createdById, dataset.name).not.toBeNull();
      expect(dataset.userGrants[dataset.createdById ?? ''], dataset.name).toBe('MANAGE');
    }
    for (const invitation of store.invitations) {
      for (const grant of invitation.datasetGrants) {
        if (rank(grant.permission) > rank(CAP[invitation.role])) over.push(invitation.email);
      }
    }
    expect(over).toEqual([]);
  });

  it('leaves free seats in every category, counting pending invitations', () => {
    const count = (roles: Role[]): number =>
      [...store.users, ...store.invitations].filter((x) => roles.includes(x.role)).length;
    expect(count(['ADMIN', 'MEMBER'])).toBeLessThan(store.licence.users);
    expect(count(['COLLABORATOR'])).toBeLessThan(store.licence.collaborators);
    expect(count(['GUEST'])).toBeLessThan(store.licence.guests);
  });

  it('has pending invitations that expire 7 days after they were sent', () => {
    for (const invitation of store.invitations) {
      const created = Date.parse(invitation.createdAt);
      expect(Date.parse(invitation.expiresAt) - created).toBe(7 * DAY_MS);
      expect(Date.parse(invitation.expiresAt)).toBeGreaterThan(NOW);
      expect(invitation.emailSentAt).toBe(invitation.createdAt);
    }
  });

  it('stores every orchestrator secret as a secret named by the naming rule', () => {
    const keys = new Set(store.secrets.map((secret) => secret.key));
    for (const orchestrator of store.orchestrators) {
      for (const names of Object.values(orchestrator.secrets ?? {})) {
        for (const [key, secretName] of Object.entries(names)) {
          expect(secretName).toBe(orchestratorSecretName(key, orchestrator.instanceIdentifier));
          expect(keys.has(secretName), secretName).toBe(true);
        }
      }
    }
  });

  it('lists only operators that exist as available to orchestrators', () => {
    const uris = new Set(
      store.plugins.flatMap((plugin) => plugin.operators.map((op) => `${plugin.name}/${op.name}`)),
    );
    for (const orchestrator of store.orchestrators) {
      for (const uri of orchestrator.availableOperators) expect(uris.has(uri), uri).toBe(true);
    }
  });

  it('keeps snapshot totals, pending changes and sample counts consistent', () => {
    for (const dataset of store.datasets) {
      const snapshots = store.snapshots
        .filter((snapshot) => snapshot.datasetId === dataset.id)
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
      let total = 0;
      snapshots.forEach((snapshot, i) => {
        const summary = snapshot.linearChangeSummary;
        if (!summary) throw new Error(`${dataset.name}/${snapshot.name}: no summary`);
        if (i === 0) {
          expect(summary.numSamplesAdded).toBe(summary.totalSamples);
          expect(summary.numSamplesDeleted + summary.numSamplesChanged).toBe(0);
        }
        expect(summary.totalSamples).toBe(
          total + summary.numSamplesAdded - summary.numSamplesDeleted,
        );
        expect(summary.totalSamples).toBeGreaterThan(0);
        total = summary.totalSamples;
        expect(Date.parse(snapshot.createdAt)).toBeGreaterThan(Date.parse(dataset.createdAt));
      });
      const { added, deleted } = dataset.pendingChanges;
      expect(dataset.samplesCount, dataset.name).toBe(total + added - deleted);
      if (dataset.latestChanges) {
        expect(dataset.latestChanges).toMatchObject({
          numSamplesAdded: added,
          numSamplesDeleted: deleted,
          numSamplesChanged: dataset.pendingChanges.changed,
          totalSamples: dataset.samplesCount,
        });
      }
    }
  });
});

describe('demo seed', () => {
  const store = seed('demo');
  const userByEmail = (email: string) => store.users.find((user) => user.email === email);
  const personaId = (id: string): string => {
    const persona = PERSONAS.find((p) => p.id === id);
    const user = persona && userByEmail(persona.email);
    if (!user) throw new Error(`no persona ${id}`);
    return user.id;
  };
  const grantsOf = (userId: string): Record<string, DatasetPermission> =>
    Object.fromEntries(
      store.datasets.flatMap((d) => {
        const permission = d.userGrants[userId];
        return permission ? [[d.name, permission]] : [];
      }),
    );

  it('is a believable organization with every role', () => {
    expect(store.organization).toMatchObject({ name: 'acme', displayName: 'Acme AI' });
    expect(store.users.length).toBeGreaterThanOrEqual(30);
    const roles = store.users.map((user) => user.role);
    expect(roles.filter((role) => role === 'ADMIN').length).toBeGreaterThanOrEqual(3);
    for (const role of ['MEMBER', 'COLLABORATOR', 'GUEST'] as const) expect(roles).toContain(role);
    expect(store.groups.length).toBeGreaterThanOrEqual(6);
    expect(store.datasets.length).toBeGreaterThanOrEqual(14);
    expect(store.invitations.length).toBeGreaterThanOrEqual(4);
    expect(store.orchestrators.map((o) => o.environment).sort()).toEqual([
      'ANYSCALE',
      'DATABRICKS',
      'SELF_REGISTERED',
    ]);
    expect(store.plugins.some((plugin) => plugin.builtin)).toBe(true);
    expect(store.plugins.filter((plugin) => !plugin.builtin).length).toBeGreaterThanOrEqual(5);
    expect(store.settings).toEqual({
      defaultUserRole: 'MEMBER',
      defaultDatasetPermission: 'VIEW',
      defaultOperatorMinimumRole: 'MEMBER',
      defaultOperatorMinimumDatasetPermission: 'EDIT',
    });
  });

  it('has the facts the e2e tests rely on', () => {
    expect(grantsOf(personaId('manager'))).toEqual({
      'warehouse-robots-v3': 'MANAGE',
      'lidar-highway-scenes': 'MANAGE',
      'retail-shelf-detection': 'MANAGE',
      'autonomy-multicam-v2': 'MANAGE',
    });
    expect(grantsOf(personaId('member'))).toEqual({
      'warehouse-robots-v3': 'EDIT',
      'medical-xray-triage': 'VIEW',
    });
    expect(grantsOf(personaId('collaborator'))).toEqual({
      'warehouse-robots-v3': 'EDIT',
      'retail-shelf-detection': 'TAG',
      'traffic-signs-eu': 'VIEW',
    });
    expect(
      store.datasets.filter((d) => d.defaultPermission === 'NO_ACCESS').map((d) => d.name),
    ).toEqual(['lidar-highway-scenes', 'medical-xray-triage', 'customer-returns-pii']);
    expect(store.groups.map((group) => group.slug)).toEqual([
      'ml-research',
      'data-labeling',
      'autonomy-perception',
      'platform',
      'interns',
      'external-labelers',
      'medical-imaging',
    ]);
  });

  it('has exactly one loaded and one archived snapshot, and one invitation expiring in ~2 days', () => {
    expect(store.snapshots.filter((s) => s.loadStatus === 'LOADED')).toHaveLength(1);
    expect(store.snapshots.filter((s) => s.archivedAt !== null)).toHaveLength(1);
    const soon = store.invitations.filter(
      (invitation) => Date.parse(invitation.expiresAt) - NOW < 3 * DAY_MS,
    );
    expect(soon.map((invitation) => invitation.email)).toEqual(['nadia.hassan@acme.ai']);
  });
});

describe('empty seed', () => {
  it('has only the personas, their keys and the built-in plugins', () => {
    const store = seed('empty');
    expect(store.users).toHaveLength(PERSONAS.length);
    expect(store.apiKeys).toHaveLength(PERSONAS.length);
    for (const list of [
      store.invitations,
      store.groups,
      store.datasets,
      store.snapshots,
      store.secrets,
      store.cloudCredentials,
      store.orchestrators,
    ]) {
      expect(list).toEqual([]);
    }
    expect(store.plugins.every((plugin) => plugin.builtin)).toBe(true);
  });
});

describe('large seed', () => {
  it('has the benchmark sizes with the personas first', () => {
    const store = seed('large');
    expect(store.users).toHaveLength(10_000);
    expect(store.groups).toHaveLength(1_000);
    expect(store.datasets).toHaveLength(2_000);
    expect(store.users.slice(0, PERSONAS.length).map((user) => user.email)).toEqual(
      PERSONAS.map((persona) => persona.email),
    );
    for (const group of store.groups) {
      expect(group.memberIds.length).toBeGreaterThanOrEqual(10);
      expect(group.memberIds.length).toBeLessThanOrEqual(40);
    }
    expect(new Set(store.snapshots.map((snapshot) => snapshot.datasetId)).size).toBe(50);
  });

  it('builds in under 1.5 s', () => {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      buildSeed('large', NOW + i);
      best = Math.min(best, performance.now() - start);
    }
    expect(best).toBeLessThan(1500);
  });
});
