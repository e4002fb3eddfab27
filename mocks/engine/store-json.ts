import type { Store } from './types.ts';

// Restoring a dumped store (the browser demo keeps it in sessionStorage across reloads).

const STORE_KEYS: readonly (keyof Store)[] = [
  'organization',
  'settings',
  'licence',
  'users',
  'apiKeys',
  'invitations',
  'groups',
  'datasets',
  'snapshots',
  'plugins',
  'secrets',
  'cloudCredentials',
  'orchestrators',
  'files',
  'sequence',
];

/** Parses a dump, refusing anything that is not shaped like a store. */
export function parseStore(text: string): Store {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('Not a mock store: expected a JSON object');
  }
  const missing = STORE_KEYS.filter((key) => !Object.hasOwn(value, key));
  if (missing.length > 0) throw new Error(`Not a mock store: missing ${missing.join(', ')}`);
  // The shape check above is the boundary: the dump came from dump().
  const store: Store = Object.assign(emptyShell(), value);
  return store;
}

function emptyShell(): Store {
  return {
    organization: { id: '', name: '', displayName: '' },
    settings: {
      defaultUserRole: 'MEMBER',
      defaultDatasetPermission: 'NO_ACCESS',
      defaultOperatorMinimumRole: 'MEMBER',
      defaultOperatorMinimumDatasetPermission: 'VIEW',
    },
    licence: { users: 0, collaborators: 0, guests: 0 },
    // A store dumped before these fields existed keeps a licence that does not end and the
    // features on.
    licenceEndsAt: '9999-12-31T00:00:00.000000+00:00',
    featureFlag: { invitationsEnabled: true, invitationEmailsEnabled: true },
    users: [],
    apiKeys: [],
    invitations: [],
    groups: [],
    datasets: [],
    snapshots: [],
    plugins: [],
    secrets: [],
    cloudCredentials: [],
    orchestrators: [],
    files: [],
    sequence: 0,
  };
}
