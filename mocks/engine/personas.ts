import type { Persona } from './types.ts';

// One fixed API key per persona, the same in every seed that has people (demo and large),
// so the README, the e2e tests and `npm run mock-api` can all name them.
// Guests cannot hold API keys (fiftyone-api.md §14), so there is no guest persona.
export const PERSONAS: readonly Persona[] = [
  {
    id: 'admin',
    label: 'Admin',
    role: 'ADMIN',
    email: 'ada.admin@acme.ai',
    name: 'Ada Lovelace',
    apiKey: 'fo-demo-admin-5f1c2a9e7b3d4c6a',
  },
  {
    id: 'manager',
    label: 'Dataset manager',
    role: 'MEMBER',
    email: 'dana.manager@acme.ai',
    name: 'Dana Whitfield',
    apiKey: 'fo-demo-manager-8e4b1d7c2a9f3e60',
  },
  {
    id: 'member',
    label: 'Member',
    role: 'MEMBER',
    email: 'milo.member@acme.ai',
    name: 'Milo Okafor',
    apiKey: 'fo-demo-member-3a7d9c1e5b2f4d88',
  },
  {
    id: 'collaborator',
    label: 'Collaborator',
    role: 'COLLABORATOR',
    email: 'cleo.collab@partner.io',
    name: 'Cleo Marchetti',
    apiKey: 'fo-demo-collaborator-6c2e8a4f1d9b7e35',
  },
];
