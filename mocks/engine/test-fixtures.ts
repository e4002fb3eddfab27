import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createEngine, type MockEngine } from './engine.ts';
import { hashKey } from './hash.ts';
import { isoMicro } from './time.ts';
import type { Store, UserRecord } from './types.ts';

// A tiny hand-made store for the engine's unit tests, and a client that talks to the engine the
// way the SDK talks to a server: POST graphql/v1 with the X-API-Key header.

export const TEST_NOW = Date.parse('2026-05-01T12:00:00.000Z');
export const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

export const KEYS = {
  admin: 'fo-test-admin-0001',
  member: 'fo-test-member-0002',
  collaborator: 'fo-test-collaborator-0003',
  /** A key a guest should never have had (the server refuses it anyway). */
  guest: 'fo-test-guest-0004',
} as const;

export const IDS = {
  admin: 'a00000000000000000000001',
  member: 'a00000000000000000000002',
  collaborator: 'a00000000000000000000003',
  guest: 'a00000000000000000000004',
  bea: 'a00000000000000000000005',
  groupResearch: 'b00000000000000000000001',
  datasetAlpha: 'c00000000000000000000001',
  datasetBeta: 'c00000000000000000000002',
  datasetGamma: 'c00000000000000000000003',
  invitation: 'd00000000000000000000001',
} as const;

const at = (daysAgo: number): string => isoMicro(TEST_NOW - daysAgo * 86_400_000);

function user(id: string, name: string, email: string, role: UserRecord['role']): UserRecord {
  return { id, name, email, role, picture: null, createdAt: at(100) };
}

export function buildTestStore(): Store {
  return {
    organization: { id: 'e00000000000000000000001', name: 'acme', displayName: 'Acme AI' },
    settings: {
      defaultUserRole: 'MEMBER',
      defaultDatasetPermission: 'VIEW',
      defaultOperatorMinimumRole: 'MEMBER',
      defaultOperatorMinimumDatasetPermission: 'VIEW',
    },
    licence: { users: 10, collaborators: 3, guests: 5 },
    licenceEndsAt: at(-365),
    featureFlag: { invitationsEnabled: true, invitationEmailsEnabled: true },
    users: [
      user(IDS.admin, 'Ada Lovelace', 'ada.admin@acme.ai', 'ADMIN'),
      user(IDS.member, 'Milo Okafor', 'milo.member@acme.ai', 'MEMBER'),
      user(IDS.collaborator, 'Cleo Marchetti', 'cleo.collab@partner.io', 'COLLABORATOR'),
      user(IDS.guest, 'Gus Guest', 'gus.guest@acme.ai', 'GUEST'),
      user(IDS.bea, 'Bea Brown', 'bea.brown@acme.ai', 'MEMBER'),
    ],
    apiKeys: [
      {
        id: 'f00000000000000000000001',
        userId: IDS.admin,
        name: 'laptop',
        createdAt: at(30),
        keyHash: hashKey(KEYS.admin),
      },
      {
        id: 'f00000000000000000000002',
        userId: IDS.member,
        name: 'notebook',
        createdAt: at(20),
        keyHash: hashKey(KEYS.member),
      },
      {
        id: 'f00000000000000000000003',
        userId: IDS.collaborator,
        name: 'vendor',
        createdAt: at(10),
        keyHash: hashKey(KEYS.collaborator),
      },
      {
        id: 'f00000000000000000000004',
        userId: IDS.guest,
        name: 'stale',
        createdAt: at(5),
        keyHash: hashKey(KEYS.guest),
      },
    ],
    invitations: [
      {
        id: IDS.invitation,
        email: 'pending@acme.ai',
        role: 'COLLABORATOR',
        createdAt: at(2),
        expiresAt: at(-5),
        inviterId: IDS.admin,
        emailSendAttemptedAt: at(2),
        emailSentAt: at(2),
        token: 'invite-token-1',
        datasetGrants: [],
      },
      {
        id: 'd00000000000000000000002',
        email: 'expired@acme.ai',
        role: 'MEMBER',
        createdAt: at(10),
        expiresAt: at(3),
        inviterId: IDS.admin,
        emailSendAttemptedAt: at(10),
        emailSentAt: at(10),
        token: 'invite-token-2',
        datasetGrants: [],
      },
    ],
    groups: [
      {
        id: IDS.groupResearch,
        name: 'Research',
        slug: 'research',
        description: 'Model research',
        createdAt: at(50),
        createdById: IDS.admin,
        memberIds: [IDS.member, IDS.collaborator],
      },
    ],
    datasets: [
      dataset(IDS.datasetAlpha, 'alpha', 'VIEW', { [IDS.collaborator]: 'EDIT' }, {}),
      dataset(IDS.datasetBeta, 'beta', 'NO_ACCESS', {}, { [IDS.groupResearch]: 'MANAGE' }),
      dataset(IDS.datasetGamma, 'gamma', 'NO_ACCESS', { [IDS.guest]: 'EDIT' }, {}),
    ],
    snapshots: [],
    plugins: [],
    secrets: [],
    cloudCredentials: [],
    orchestrators: [],
    files: [],
    sequence: 0,
  };
}

function dataset(
  id: string,
  name: string,
  defaultPermission: Store['datasets'][number]['defaultPermission'],
  userGrants: Store['datasets'][number]['userGrants'],
  groupGrants: Store['datasets'][number]['groupGrants'],
): Store['datasets'][number] {
  return {
    id,
    name,
    slug: name,
    description: null,
    createdAt: at(40),
    createdById: IDS.admin,
    lastLoadedAt: null,
    mediaType: 'image',
    samplesCount: 100,
    sampleFieldsCount: 7,
    tags: ['test'],
    defaultPermission,
    userGrants,
    groupGrants,
    pins: {},
    pendingChanges: { added: 0, deleted: 0, changed: 0 },
    latestChanges: null,
  };
}

export function createTestEngine(store: Store = buildTestStore()): MockEngine {
  return createEngine({ typeDefs, store, now: () => TEST_NOW });
}

export interface GraphQLReply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

export function graphqlRequest(
  key: string | null,
  query: string,
  variables?: Record<string, unknown> | null,
  base = 'http://mock.test',
): Request {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null) headers['X-API-Key'] = key;
  return new Request(`${base}/graphql/v1`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: variables ?? null }),
  });
}

/** Posts a document as the SDK does and returns the status and parsed JSON body. */
export async function gql(
  engine: MockEngine,
  key: string | null,
  query: string,
  variables?: Record<string, unknown> | null,
): Promise<GraphQLReply> {
  const response = await engine.handle(graphqlRequest(key, query, variables));
  const body: unknown = await response.json();
  if (!isReplyBody(body)) throw new Error(`Not a GraphQL answer: ${JSON.stringify(body)}`);
  return { status: response.status, body };
}

function isReplyBody(value: unknown): value is GraphQLReply['body'] {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data of a successful answer; fails the test with the errors otherwise. */
export async function data(
  engine: MockEngine,
  key: string,
  query: string,
  variables?: Record<string, unknown> | null,
): Promise<Record<string, unknown>> {
  const reply = await gql(engine, key, query, variables);
  if (reply.status !== 200 || reply.body.errors || !reply.body.data) {
    throw new Error(`Expected data, got ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body.data;
}

/** The first error of an answer that must fail. */
export async function firstError(
  engine: MockEngine,
  key: string,
  query: string,
  variables?: Record<string, unknown> | null,
): Promise<{ message: string; code: string | undefined }> {
  const reply = await gql(engine, key, query, variables);
  const error = reply.body.errors?.[0];
  if (reply.status !== 200 || !error) {
    throw new Error(`Expected a GraphQL error, got ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return { message: error.message, code: error.extensions?.code };
}

/** Walks a JSON answer by property names; undefined when a step is missing. */
export function field(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    const next: unknown = Reflect.get(current, key);
    current = next;
  }
  return current;
}

// Typed stand-ins for Vitest's asymmetric matchers (which are typed `any`).
export const containing = (text: string): unknown => expect.stringContaining(text);
export const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
export const like = (shape: object): unknown => expect.objectContaining(shape);
