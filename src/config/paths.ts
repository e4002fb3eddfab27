// Typed route paths, used by links, redirects and the e2e tests alike.
export const paths = {
  home: () => '/',
  users: {
    list: () => '/users',
    detail: (id: string) => `/users/${encodeURIComponent(id)}`,
    invitations: () => '/users/invitations',
  },
  groups: { list: () => '/groups' },
  datasets: { list: () => '/datasets' },
  plugins: { list: () => '/plugins' },
  secrets: { list: () => '/secrets' },
  snapshots: { list: () => '/snapshots' },
  orchestrators: { list: () => '/orchestrators' },
  settings: {
    root: () => '/settings',
    apiKeys: () => '/settings/api-keys',
    organization: () => '/settings/organization',
    roles: () => '/settings/roles',
    cloudCredentials: () => '/settings/cloud-credentials',
  },
} as const;
