import type { SeedName, Store } from '../types.ts';
import { createContext } from './context.ts';
import { buildDemo } from './demo.ts';
import { buildLarge } from './large.ts';
import { addPersonaUsers, emptyPeople, personaApiKeys } from './people.ts';
import { buildBuiltinPlugins } from './plugins.ts';
import {
  DEMO_LICENCE,
  FEATURE_FLAGS,
  licenceEndsAt,
  ORGANIZATION,
  ORGANIZATION_SETTINGS,
} from './settings.ts';

export const EMPTY_SEED = 0xe3_97;

/**
 * The store a seed starts from. Deterministic: the same (name, now) gives a deep-equal store,
 * and a different `now` shifts every datetime by the difference and changes nothing else.
 * - `demo`: Acme AI, a believable ML organization (see demo.ts and demo-datasets.ts);
 * - `empty`: only the personas and their keys (and the built-in plugins);
 * - `large`: 10,000 users, 1,000 groups, 2,000 datasets, for the benchmark.
 */
export function buildSeed(name: SeedName, now: number): Store {
  switch (name) {
    case 'demo':
      return buildDemo(now);
    case 'large':
      return buildLarge(now);
    case 'empty':
      return buildEmpty(now);
  }
}

function buildEmpty(now: number): Store {
  const ctx = createContext(EMPTY_SEED, now);
  const people = emptyPeople();
  addPersonaUsers(ctx, people);
  return {
    organization: { id: ctx.newId(), ...ORGANIZATION },
    settings: { ...ORGANIZATION_SETTINGS },
    licence: { ...DEMO_LICENCE },
    licenceEndsAt: licenceEndsAt(now),
    featureFlag: { ...FEATURE_FLAGS },
    users: people.users,
    apiKeys: personaApiKeys(ctx, people),
    invitations: [],
    groups: [],
    datasets: [],
    snapshots: [],
    plugins: buildBuiltinPlugins(ctx),
    secrets: [],
    cloudCredentials: [],
    orchestrators: [],
    files: [],
    sequence: 0,
  };
}
