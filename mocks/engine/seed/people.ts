import { hashKey } from '../hash.ts';
import { PERSONAS } from '../personas.ts';
import { DAY_MS } from '../time.ts';
import type {
  ApiKeyRecord,
  DatasetPermission,
  GroupRecord,
  InvitationRecord,
  Role,
  UserRecord,
} from '../types.ts';
import { emailLocalPart, slugify, type SeedContext } from './context.ts';
import { DEMO_PEOPLE } from './names.ts';

/** The users of a seed, plus what the other builders need to stay consistent with them. */
export interface People {
  users: UserRecord[];
  /** By handle: a persona id (`admin`, `manager`, …) or, for everyone else, the email's local part. */
  byHandle: Map<string, UserRecord>;
  /** Creation time of each user (epoch ms), by user id. */
  createdMs: Map<string, number>;
}

export function emptyPeople(): People {
  return { users: [], byHandle: new Map(), createdMs: new Map() };
}

export function addUser(
  ctx: SeedContext,
  people: People,
  handle: string,
  person: { name: string; email: string; role: Role },
  createdMs: number,
): UserRecord {
  const user: UserRecord = {
    id: ctx.newId(),
    email: person.email,
    name: person.name,
    role: person.role,
    picture: null,
    createdAt: ctx.iso(createdMs),
  };
  people.users.push(user);
  people.byHandle.set(handle, user);
  people.createdMs.set(user.id, createdMs);
  return user;
}

export function userOf(people: People, handle: string): UserRecord {
  const user = people.byHandle.get(handle);
  if (!user) throw new Error(`seed: no user with handle ${handle}`);
  return user;
}

export function createdMsOf(people: People, userId: string): number {
  const ms = people.createdMs.get(userId);
  if (ms === undefined) throw new Error(`seed: no user ${userId}`);
  return ms;
}

// How long ago each persona joined: the admin founded the organization.
const PERSONA_AGE_DAYS: Record<string, [number, number]> = {
  admin: [690, 700],
  manager: [480, 540],
  member: [250, 320],
  collaborator: [150, 200],
};

/** The four personas, with exactly the name, email and role of personas.ts. */
export function addPersonaUsers(ctx: SeedContext, people: People): void {
  for (const persona of PERSONAS) {
    const [min, max] = PERSONA_AGE_DAYS[persona.id] ?? [30, 700];
    addUser(ctx, people, persona.id, persona, ctx.daysAgo(min, max));
  }
}

export function addDemoPeople(ctx: SeedContext, people: People): void {
  for (const person of DEMO_PEOPLE) {
    const local = emailLocalPart(person.name);
    const email = `${local}@${person.domain ?? 'acme.ai'}`;
    // Admins joined early; collaborators and guests came later.
    const [min, max] =
      person.role === 'ADMIN' ? [400, 680] : person.role === 'MEMBER' ? [30, 650] : [30, 300];
    addUser(ctx, people, local, { ...person, email }, ctx.daysAgo(min, max));
  }
}

export function makeApiKey(
  ctx: SeedContext,
  people: People,
  userId: string,
  name: string,
  rawKey: string,
  /** The earliest the key may have been made (epoch ms); by default, a day after its owner joined. */
  notBeforeMs = -Infinity,
): ApiKeyRecord {
  const from = Math.max(createdMsOf(people, userId) + DAY_MS, notBeforeMs);
  const createdMs = ctx.between(from, ctx.now - DAY_MS);
  return { id: ctx.newId(), userId, name, createdAt: ctx.iso(createdMs), keyHash: hashKey(rawKey) };
}

/** One "demo key" per persona, hashing the persona's fixed raw key. */
export function personaApiKeys(
  ctx: SeedContext,
  people: People,
  notBeforeMs = -Infinity,
): ApiKeyRecord[] {
  return PERSONAS.map((persona) =>
    makeApiKey(ctx, people, userOf(people, persona.id).id, 'demo key', persona.apiKey, notBeforeMs),
  );
}

/** A key whose raw value is random and kept nowhere (only its hash is stored). */
export function randomApiKey(
  ctx: SeedContext,
  people: People,
  userId: string,
  name: string,
  notBeforeMs = -Infinity,
): ApiKeyRecord {
  return makeApiKey(ctx, people, userId, name, `fo-${ctx.rng.hex(40)}`, notBeforeMs);
}

export const INVITATION_TTL_MS = 7 * DAY_MS;

export function makeInvitation(
  ctx: SeedContext,
  invitation: {
    email: string;
    role: Role;
    inviterId: string;
    createdMs: number;
    datasetGrants?: { datasetId: string; permission: DatasetPermission }[];
  },
): InvitationRecord {
  const createdAt = ctx.iso(invitation.createdMs);
  return {
    id: ctx.newId(),
    email: invitation.email,
    role: invitation.role,
    createdAt,
    expiresAt: ctx.iso(invitation.createdMs + INVITATION_TTL_MS),
    inviterId: invitation.inviterId,
    emailSendAttemptedAt: createdAt,
    emailSentAt: createdAt,
    token: ctx.rng.hex(40),
    datasetGrants: invitation.datasetGrants ?? [],
  };
}

export function makeGroup(
  ctx: SeedContext,
  people: People,
  group: { name: string; description: string | null; createdById: string; memberIds: string[] },
): GroupRecord {
  const createdMs = ctx.between(
    createdMsOf(people, group.createdById) + DAY_MS,
    ctx.now - 7 * DAY_MS,
  );
  return {
    id: ctx.newId(),
    name: group.name,
    slug: slugify(group.name),
    description: group.description,
    createdAt: ctx.iso(createdMs),
    createdById: group.createdById,
    memberIds: group.memberIds,
  };
}
