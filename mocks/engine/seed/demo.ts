import { DAY_MS } from '../time.ts';
import type {
  DatasetPermission,
  DatasetRecord,
  GroupRecord,
  SnapshotRecord,
  Store,
} from '../types.ts';
import { createContext, type SeedContext } from './context.ts';
import { buildDataset } from './datasets.ts';
import { DEMO_DATASETS } from './demo-datasets.ts';
import { buildInfrastructure } from './infrastructure.ts';
import {
  addDemoPeople,
  addPersonaUsers,
  createdMsOf,
  emptyPeople,
  makeGroup,
  makeInvitation,
  personaApiKeys,
  randomApiKey,
  userOf,
  type People,
} from './people.ts';
import { buildBuiltinPlugins, buildCustomPlugins } from './plugins.ts';
import {
  DEMO_LICENCE,
  FEATURE_FLAGS,
  licenceEndsAt,
  ORGANIZATION,
  ORGANIZATION_SETTINGS,
} from './settings.ts';

export const DEMO_SEED = 0xac3e_a1;

const HOUR_MS = 60 * 60 * 1000;

// Groups by name; members by handle (see people.ts). Slugs are the kebab-case names.
const DEMO_GROUPS: readonly { name: string; description: string; members: string[] }[] = [
  {
    name: 'ML Research',
    description: 'Model research and evaluation.',
    members: [
      'priya.raman',
      'grace.nakamura',
      'manager',
      'wei.zhang',
      'fatima.al-sayed',
      'arjun.mehta',
      'yuki.tanaka',
      'sofia.petrova',
      'noah.friedman',
    ],
  },
  {
    name: 'Data Labeling',
    description: 'Labeling operations and label QA.',
    members: [
      'manager',
      'member',
      'camila.duarte',
      'hannah.schmidt',
      'emily.carter',
      'amara.nwosu',
      'diego.fernandez',
      'mei.lin',
    ],
  },
  {
    name: 'Autonomy Perception',
    description: 'Perception stack for the autonomy programme.',
    members: [
      'manager',
      'wei.zhang',
      'lukas.becker',
      'mateo.rossi',
      'sofia.petrova',
      'oluwaseun.adeyemi',
      'rafael.ortiz',
    ],
  },
  {
    name: 'Platform',
    description: 'Infrastructure, storage and the FiftyOne deployment.',
    members: [
      'admin',
      'tomas.herrera',
      'grace.nakamura',
      'kwame.mensah',
      'noah.friedman',
      'ingrid.johansson',
    ],
  },
  {
    name: 'Interns',
    description: 'Summer interns.',
    members: ['member', 'aisha.bello', 'rafael.ortiz'],
  },
  {
    name: 'External Labelers',
    description: 'Annotation vendors (partner.io, LabelCo, AnnotateHQ).',
    members: [
      'collaborator',
      'jonas.weber',
      'sebastian.novak',
      'amara.nwosu',
      'diego.fernandez',
      'mei.lin',
      'leila.haddad',
      'pavel.kuznetsov',
    ],
  },
  {
    name: 'Medical Imaging',
    description: 'Clinical imaging projects (restricted data).',
    members: ['fatima.al-sayed', 'hannah.schmidt', 'kwame.mensah', 'ingrid.johansson'],
  },
];

const EXTRA_KEYS: readonly [string, string][] = [
  ['admin', 'ci-pipeline'],
  ['manager', 'notebook'],
  ['tomas.herrera', 'airflow'],
  ['lukas.becker', 'notebook'],
  ['jonas.weber', 'labeling-sync'],
];

/** How old the demo's keys may be, but for the one stale key. */
const KEY_MAX_AGE_DAYS = 300;
/** The stale key's age: well past a year (its owner joined at least 400 days ago). */
const STALE_KEY_AGE_DAYS = 420;

/** An admin's export key, made over a year ago and never rotated: what the credentials page flags. */
function staleKey(ctx: SeedContext, people: People) {
  const owner = userOf(people, 'tomas.herrera');
  const key = randomApiKey(ctx, people, owner.id, 'legacy-export');
  const createdMs = Math.max(
    createdMsOf(people, owner.id) + DAY_MS,
    ctx.now - STALE_KEY_AGE_DAYS * DAY_MS,
  );
  return { ...key, createdAt: ctx.iso(createdMs) };
}

function byHandle(people: People, grants: Record<string, DatasetPermission> | undefined) {
  const out: Record<string, DatasetPermission> = {};
  for (const [handle, permission] of Object.entries(grants ?? {})) {
    out[userOf(people, handle).id] = permission;
  }
  return out;
}

function buildDemoDatasets(ctx: SeedContext, people: People, groups: GroupRecord[]) {
  const groupIds = new Map(groups.map((group) => [group.slug, group.id]));
  const datasets: DatasetRecord[] = [];
  const snapshots: SnapshotRecord[] = [];
  for (const spec of DEMO_DATASETS) {
    const creator = userOf(people, spec.creator);
    const groupGrants: Record<string, DatasetPermission> = {};
    for (const [slug, permission] of Object.entries(spec.groups ?? {})) {
      const id = groupIds.get(slug);
      if (id === undefined) throw new Error(`seed: no group ${slug}`);
      groupGrants[id] = permission;
    }
    const built = buildDataset(ctx, people, {
      ...spec,
      createdById: creator.id,
      createdMs: ctx.between(createdMsOf(people, creator.id) + DAY_MS, ctx.now - 21 * DAY_MS),
      userGrants: byHandle(people, spec.users),
      groupGrants,
      pinnedBy: (spec.pins ?? []).map((handle) => userOf(people, handle).id),
      snapshots: (spec.snapshots ?? []).map((snap) => ({
        ...snap,
        createdById: userOf(people, snap.by).id,
      })),
    });
    datasets.push(built.dataset);
    snapshots.push(...built.snapshots);
  }
  return { datasets, snapshots };
}

export function buildDemo(now: number): Store {
  const ctx = createContext(DEMO_SEED, now);
  const people = emptyPeople();
  addPersonaUsers(ctx, people);
  addDemoPeople(ctx, people);
  const admin = userOf(people, 'admin');
  const priya = userOf(people, 'priya.raman');
  const adminIds = people.users.filter((user) => user.role === 'ADMIN').map((user) => user.id);

  // Every key but one is younger than the credentials page's default age (a year): the demo
  // shows exactly one stale key (`legacy-export`, made last, below).
  const keysSince = now - KEY_MAX_AGE_DAYS * DAY_MS;
  const apiKeys = [
    ...personaApiKeys(ctx, people, keysSince),
    ...EXTRA_KEYS.map(([handle, name]) =>
      randomApiKey(ctx, people, userOf(people, handle).id, name, keysSince),
    ),
  ];

  const groups = DEMO_GROUPS.map((group) =>
    makeGroup(ctx, people, {
      name: group.name,
      description: group.description,
      createdById: ctx.rng.pick(adminIds),
      memberIds: group.members.map((handle) => userOf(people, handle).id),
    }),
  );

  const { datasets, snapshots } = buildDemoDatasets(ctx, people, groups);
  const sandbox = datasets.find((dataset) => dataset.name === 'label-qa-sandbox');

  // All pending; nadia.hassan's expires in about two days.
  const sent = (minHours: number, maxHours: number): number =>
    now - Math.round((minHours + ctx.rng.next() * (maxHours - minHours)) * HOUR_MS);
  const invitations = [
    makeInvitation(ctx, {
      email: 'nadia.hassan@acme.ai',
      role: 'MEMBER',
      inviterId: admin.id,
      createdMs: sent(118, 119),
    }),
    makeInvitation(ctx, {
      email: 'ravi.iyer@acme.ai',
      role: 'MEMBER',
      inviterId: priya.id,
      createdMs: sent(20, 30),
    }),
    makeInvitation(ctx, {
      email: 'julia.santos@acme.ai',
      role: 'ADMIN',
      inviterId: admin.id,
      createdMs: sent(2, 6),
    }),
    makeInvitation(ctx, {
      email: 'lena.vogel@labelco.com',
      role: 'COLLABORATOR',
      inviterId: priya.id,
      createdMs: sent(60, 80),
      datasetGrants: sandbox ? [{ datasetId: sandbox.id, permission: 'EDIT' }] : [],
    }),
    makeInvitation(ctx, {
      email: 'tom.reyes@northwind.com',
      role: 'GUEST',
      inviterId: admin.id,
      createdMs: sent(40, 50),
    }),
  ];

  const infrastructure = buildInfrastructure(
    ctx,
    adminIds.map((id) => ({ id, createdMs: createdMsOf(people, id) })),
    createdMsOf(people, admin.id) + 30 * DAY_MS,
  );

  // Drawn in the order they always were, so that what comes after them adds to the seed
  // without shifting anything built before.
  const organization = { id: ctx.newId(), ...ORGANIZATION };
  const plugins = [...buildCustomPlugins(ctx), ...buildBuiltinPlugins(ctx)];
  apiKeys.push(staleKey(ctx, people));

  return {
    organization,
    settings: { ...ORGANIZATION_SETTINGS },
    licence: { ...DEMO_LICENCE },
    licenceEndsAt: licenceEndsAt(now),
    featureFlag: { ...FEATURE_FLAGS },
    users: people.users,
    apiKeys,
    invitations,
    groups,
    datasets,
    snapshots,
    plugins,
    ...infrastructure,
    files: [],
    sequence: 0,
  };
}
