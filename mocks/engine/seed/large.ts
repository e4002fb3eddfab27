import { DAY_MS } from '../time.ts';
import type {
  DatasetPermission,
  DatasetRecord,
  MediaType,
  Role,
  SnapshotRecord,
  Store,
  UserRecord,
} from '../types.ts';
import { createContext, emailLocalPart, type SeedContext } from './context.ts';
import { buildDataset } from './datasets.ts';
import { buildInfrastructure } from './infrastructure.ts';
import {
  DATASET_SUBJECTS,
  DATASET_TOPICS,
  EXTERNAL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  TEAM_WORDS,
} from './names.ts';
import {
  addPersonaUsers,
  addUser,
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
import { FEATURE_FLAGS, licenceEndsAt, ORGANIZATION, ORGANIZATION_SETTINGS } from './settings.ts';

// The benchmark's organization: 10,000 users, 1,000 groups, 2,000 datasets.
export const LARGE_SEED = 0x1a_f9e5;
export const LARGE_SIZES = { users: 10_000, groups: 1_000, datasets: 2_000, invitations: 50 };

const INITIALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const GRANTABLE: Record<Role, readonly DatasetPermission[]> = {
  ADMIN: ['VIEW', 'TAG', 'EDIT', 'MANAGE'],
  MEMBER: ['VIEW', 'TAG', 'EDIT', 'MANAGE'],
  COLLABORATOR: ['VIEW', 'TAG', 'EDIT'],
  GUEST: ['VIEW'],
};
const MEDIA_TYPES: readonly MediaType[] = [
  'image',
  'image',
  'image',
  'image',
  'video',
  'video',
  'point_cloud',
  'group',
  'three_d',
];
const DEFAULTS: readonly DatasetPermission[] = [
  'VIEW',
  'VIEW',
  'VIEW',
  'VIEW',
  'EDIT',
  'EDIT',
  'TAG',
  'NO_ACCESS',
  'NO_ACCESS',
];

function roleFor(draw: number): Role {
  if (draw < 0.03) return 'ADMIN';
  if (draw < 0.63) return 'MEMBER';
  if (draw < 0.83) return 'COLLABORATOR';
  return 'GUEST';
}

function addGeneratedUsers(ctx: SeedContext, people: People, count: number): void {
  const { rng } = ctx;
  const names = new Set(people.users.map((user) => user.name));
  while (people.users.length < count) {
    const name = `${rng.pick(FIRST_NAMES)} ${INITIALS.charAt(rng.int(0, 25))}. ${rng.pick(LAST_NAMES)}`;
    if (names.has(name)) continue;
    names.add(name);
    const role = roleFor(rng.next());
    const internal = role === 'ADMIN' || role === 'MEMBER';
    const domain = internal ? 'acme.ai' : rng.pick(EXTERNAL_DOMAINS);
    const local = emailLocalPart(name);
    addUser(ctx, people, local, { name, role, email: `${local}@${domain}` }, ctx.daysAgo(30, 700));
  }
}

function buildLargeDatasets(
  ctx: SeedContext,
  people: People,
  groupIds: readonly string[],
): { datasets: DatasetRecord[]; snapshots: SnapshotRecord[] } {
  const { rng, now } = ctx;
  const creators = people.users.filter((user) => user.role === 'ADMIN' || user.role === 'MEMBER');
  const manager = userOf(people, 'manager');
  const withSnapshots = new Set(rng.sample([...Array(LARGE_SIZES.datasets).keys()], 50));
  const datasets: DatasetRecord[] = [];
  const snapshots: SnapshotRecord[] = [];
  for (let i = 0; i < LARGE_SIZES.datasets; i++) {
    const subject = rng.pick(DATASET_SUBJECTS);
    const topic = rng.pick(DATASET_TOPICS);
    // The manager persona creates every 100th dataset, so it manages some in the benchmark too.
    const creator: UserRecord = i % 100 === 0 ? manager : rng.pick(creators);
    const userGrants: Record<string, DatasetPermission> = {};
    for (const user of rng.sample(people.users, rng.int(1, 5))) {
      userGrants[user.id] = rng.pick(GRANTABLE[user.role]);
    }
    const groupGrants: Record<string, DatasetPermission> = {};
    for (const groupId of rng.sample(groupIds, rng.int(0, 3))) {
      groupGrants[groupId] = rng.pick(GRANTABLE.MEMBER);
    }
    const samplesCount = Math.round(200 * Math.pow(1250, rng.next()));
    const snapshotCount = withSnapshots.has(i) ? rng.int(2, 5) : 0;
    const built = buildDataset(ctx, people, {
      name: `${subject}-${topic}-${String(i + 1).padStart(4, '0')}`,
      description: rng.chance(0.8) ? `${subject} ${topic} data, batch ${i + 1}.` : null,
      mediaType: rng.pick(MEDIA_TYPES),
      samplesCount,
      sampleFieldsCount: rng.int(5, 40),
      tags: [subject, topic],
      defaultPermission: rng.pick(DEFAULTS),
      createdById: creator.id,
      createdMs: ctx.between(createdMsOf(people, creator.id) + DAY_MS, now - 21 * DAY_MS),
      neverLoaded: rng.chance(0.1),
      userGrants,
      groupGrants,
      pinnedBy: rng.sample(creators, rng.int(0, 2)).map((user) => user.id),
      snapshots: Array.from({ length: snapshotCount }, (_, n) => ({
        name: `v${n + 1}.0`,
        description: n === 0 ? 'Baseline.' : null,
        createdById: creator.id,
      })),
      pending: {
        added: rng.int(0, Math.floor(samplesCount * 0.1)),
        deleted: rng.int(0, Math.floor(samplesCount * 0.02)),
        changed: rng.int(0, Math.floor(samplesCount * 0.2)),
      },
      calculated: rng.chance(0.5),
    });
    datasets.push(built.dataset);
    snapshots.push(...built.snapshots);
  }
  return { datasets, snapshots };
}

/** Seats for everyone, with room to spare in every category. */
function licenceFor(store: Pick<Store, 'users' | 'invitations'>): Store['licence'] {
  const count = (roles: Role[]): number =>
    store.users.filter((user) => roles.includes(user.role)).length +
    store.invitations.filter((invitation) => roles.includes(invitation.role)).length;
  const roomy = (n: number): number => Math.ceil((n * 1.2) / 100) * 100;
  return {
    users: roomy(count(['ADMIN', 'MEMBER'])),
    collaborators: roomy(count(['COLLABORATOR'])),
    guests: roomy(count(['GUEST'])),
  };
}

export function buildLarge(now: number): Store {
  const ctx = createContext(LARGE_SEED, now);
  const { rng } = ctx;
  const people = emptyPeople();
  addPersonaUsers(ctx, people);
  addGeneratedUsers(ctx, people, LARGE_SIZES.users);
  const admin = userOf(people, 'admin');
  const adminIds = people.users.filter((user) => user.role === 'ADMIN').map((user) => user.id);
  const keyHolders = people.users.filter((user) => user.role !== 'GUEST');

  const apiKeys = [
    ...personaApiKeys(ctx, people),
    ...rng
      .sample(keyHolders, 300)
      .map((user) =>
        randomApiKey(ctx, people, user.id, rng.pick(['notebook', 'ci-pipeline', 'airflow'])),
      ),
  ];

  const groups = Array.from({ length: LARGE_SIZES.groups }, (_, i) =>
    makeGroup(ctx, people, {
      name: `${rng.pick(TEAM_WORDS)} ${String(i + 1).padStart(4, '0')}`,
      description: rng.chance(0.7) ? 'Generated for the benchmark.' : null,
      createdById: rng.pick(adminIds),
      memberIds: rng.sample(people.users, rng.int(10, 40)).map((user) => user.id),
    }),
  );

  const { datasets, snapshots } = buildLargeDatasets(
    ctx,
    people,
    groups.map((group) => group.id),
  );

  const roles: Role[] = ['ADMIN', 'MEMBER', 'MEMBER', 'COLLABORATOR', 'GUEST'];
  const invitations = Array.from({ length: LARGE_SIZES.invitations }, (_, i) => {
    const role = rng.pick(roles);
    const domain = role === 'ADMIN' || role === 'MEMBER' ? 'acme.ai' : rng.pick(EXTERNAL_DOMAINS);
    return makeInvitation(ctx, {
      email: `invitee.${String(i + 1).padStart(3, '0')}@${domain}`,
      role,
      inviterId: rng.pick(adminIds),
      createdMs: ctx.daysAgo(0.05, 6.5),
    });
  });

  const infrastructure = buildInfrastructure(
    ctx,
    adminIds.map((id) => ({ id, createdMs: createdMsOf(people, id) })),
    createdMsOf(people, admin.id) + 30 * DAY_MS,
  );

  return {
    organization: { id: ctx.newId(), ...ORGANIZATION },
    settings: { ...ORGANIZATION_SETTINGS },
    licence: licenceFor({ users: people.users, invitations }),
    licenceEndsAt: licenceEndsAt(now),
    featureFlag: { ...FEATURE_FLAGS },
    users: people.users,
    apiKeys,
    invitations,
    groups,
    datasets,
    snapshots,
    plugins: [...buildCustomPlugins(ctx), ...buildBuiltinPlugins(ctx)],
    ...infrastructure,
    files: [],
    sequence: 0,
  };
}
