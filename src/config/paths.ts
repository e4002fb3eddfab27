// Typed route paths, used by links, redirects and the e2e tests alike.
const seg = encodeURIComponent;

export const paths = {
  home: () => '/',
  /** Where the start page sends someone: the first area their role can use. */
  start: (role: string) => (role === 'ADMIN' ? '/users' : '/datasets'),
  users: {
    list: () => '/users',
    detail: (id: string) => `/users/${seg(id)}`,
    invitations: () => '/users/invitations',
  },
  groups: {
    list: () => '/groups',
    detail: (idOrName: string) => `/groups/${seg(idOrName)}`,
  },
  datasets: {
    list: () => '/datasets',
    /** A dataset's access page (who can do what, and why). */
    access: (name: string) => `/datasets/${seg(name)}`,
  },
  /** Who can access which datasets, and why (admins, and managers for what they manage). */
  access: { report: () => '/access' },
  plugins: {
    list: () => '/plugins',
    detail: (name: string) => `/plugins/${seg(name)}`,
  },
  secrets: { list: () => '/secrets' },
  snapshots: {
    list: () => '/snapshots',
    dataset: (datasetName: string) => `/snapshots/${seg(datasetName)}`,
    snapshot: (datasetName: string, snapshotName: string) =>
      `/snapshots/${seg(datasetName)}/${seg(snapshotName)}`,
  },
  orchestrators: {
    list: () => '/orchestrators',
    detail: (instanceId: string) => `/orchestrators/${seg(instanceId)}`,
  },
  settings: {
    root: () => '/settings',
    apiKeys: () => '/settings/api-keys',
    organization: () => '/settings/organization',
    roles: () => '/settings/roles',
    cloudCredentials: () => '/settings/cloud-credentials',
    /** Every long-lived credential of the organization, and what deserves a look (admins). */
    credentials: () => '/settings/credentials',
  },
} as const;
