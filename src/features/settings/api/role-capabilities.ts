import type { Role } from '../../../lib/roles.ts';

// What each role may do, written from the product's rules (fiftyone-api.md §6.4, §7, §14). The
// API enforces them; this is the page that explains them. role-capabilities.unit.test.ts checks
// the matrix against the mock API.

/** true: yes; false: no; text: yes, with the condition or limit it names. */
export type Allowance = boolean | string;

export interface Capability {
  id: string;
  label: string;
  detail: string;
  allowed: Record<Role, Allowance>;
}

const adminOnly = { ADMIN: true, MEMBER: false, COLLABORATOR: false, GUEST: false } as const;

export const CAPABILITIES: readonly Capability[] = [
  {
    id: 'users',
    label: 'Manage users and invitations',
    detail: 'Invite people, change their roles, remove them.',
    allowed: adminOnly,
  },
  {
    id: 'groups',
    label: 'Manage groups',
    detail: 'Create and delete groups, add and remove members.',
    allowed: adminOnly,
  },
  {
    id: 'plugins',
    label: 'Install and configure plugins',
    detail: 'Upload, enable and delete plugins; set who may run each operator.',
    allowed: adminOnly,
  },
  {
    id: 'secrets',
    label: 'Manage secrets',
    detail: 'The values plugins and orchestrators use (write-only).',
    allowed: adminOnly,
  },
  {
    id: 'cloud-credentials',
    label: 'Manage cloud credentials',
    detail: 'The credentials every user of the app reads cloud media with.',
    allowed: adminOnly,
  },
  {
    id: 'orchestrators',
    label: 'Register orchestrators',
    detail: 'Where delegated operations run.',
    allowed: adminOnly,
  },
  {
    id: 'settings',
    label: 'Change organization settings',
    detail: 'The defaults for new people, new datasets and plugin operators.',
    allowed: adminOnly,
  },
  {
    id: 'api-keys',
    label: 'Hold API keys',
    detail: 'Use the FiftyOne SDK and this console.',
    allowed: { ADMIN: true, MEMBER: true, COLLABORATOR: true, GUEST: false },
  },
  {
    id: 'create-datasets',
    label: 'Create datasets',
    detail: 'The creator can manage the new dataset.',
    allowed: { ADMIN: true, MEMBER: true, COLLABORATOR: false, GUEST: false },
  },
  {
    id: 'dataset-access',
    label: 'Which datasets they see',
    detail: 'A dataset’s default access applies to members only.',
    allowed: {
      ADMIN: 'Every dataset',
      MEMBER: 'Shared with them, and each dataset’s default access',
      COLLABORATOR: 'Only datasets shared with them',
      GUEST: 'Only datasets shared with them',
    },
  },
  {
    id: 'max-permission',
    label: 'Highest dataset permission',
    detail: 'A grant above it is refused; group grants are capped at it.',
    allowed: {
      ADMIN: 'Can manage (on every dataset)',
      MEMBER: 'Can manage',
      COLLABORATOR: 'Can edit',
      GUEST: 'Can view',
    },
  },
  {
    id: 'manage-datasets',
    label: 'Manage a dataset’s access and snapshots',
    detail: 'Grant access, change the default, create and revert snapshots, delete the dataset.',
    allowed: {
      ADMIN: 'Every dataset',
      MEMBER: 'Where they can manage',
      COLLABORATOR: false,
      GUEST: false,
    },
  },
  {
    id: 'plugins-read',
    label: 'See and download plugins',
    detail: 'Running an operator also needs its minimum role and dataset permission.',
    allowed: { ADMIN: true, MEMBER: true, COLLABORATOR: true, GUEST: true },
  },
  {
    id: 'seat',
    label: 'Licence seat',
    detail: 'Each person, and each pending invitation, holds one.',
    allowed: {
      ADMIN: 'Admin and member seat',
      MEMBER: 'Admin and member seat',
      COLLABORATOR: 'Collaborator seat',
      GUEST: 'Guest seat',
    },
  },
];
