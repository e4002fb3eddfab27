import type { DatasetPermission, Role } from '../types.ts';
import {
  datasetAccessLevel,
  PERMISSION_ORDER,
  roleCap,
  type DatasetAccessLevel,
} from './dataset-access.ts';
import { canHoldApiKeys, isAdmin } from './permissions.ts';

// What each role may do, as the server states it (`roles`, `User.attributes`, fiftyone-api.md
// §15). Each value the mock enforces is read from the rule that enforces it, so the roles page
// and the refusals can never disagree.

export type UserAttribute =
  | 'ACT_ON_BEHALF_OF_USER'
  | 'CREATE_DATASETS'
  | 'DATASET_ACCESS_LEVEL'
  | 'EDIT_USERS'
  | 'EXPORT_DATASETS'
  | 'EXECUTE_BUILTIN_PLUGINS'
  | 'EXECUTE_CUSTOM_PLUGINS'
  | 'MANAGE_INVITATIONS'
  | 'MANAGE_ORGANIZATION'
  | 'MAX_DATASET_PERMISSION'
  | 'VIEW_USERS'
  | 'USE_API_KEYS';

/** One member of the schema's UserAttributeInfo union; `__typename` picks the member. */
export type AttributeInfo =
  | {
      __typename: 'BoolUserAttributeInfo';
      attribute: UserAttribute;
      display: string;
      description: string;
      value: boolean;
      options: boolean[];
    }
  | {
      __typename: 'DatasetAccessLevelUserAttributeInfo';
      attribute: UserAttribute;
      display: string;
      description: string;
      value: DatasetAccessLevel;
      options: DatasetAccessLevel[];
    }
  | {
      __typename: 'DatasetPermissionUserAttributeInfo';
      attribute: UserAttribute;
      display: string;
      description: string;
      value: DatasetPermission;
      options: DatasetPermission[];
    };

const ACCESS_LEVELS: DatasetAccessLevel[] = ['ALL', 'IMPLICIT', 'EXPLICIT'];

function bool(
  attribute: UserAttribute,
  display: string,
  description: string,
  value: boolean,
): AttributeInfo {
  return {
    __typename: 'BoolUserAttributeInfo',
    attribute,
    display,
    description,
    value,
    options: [true, false],
  };
}

/** Every attribute of `role`, in the schema's order. */
export function roleAttributes(role: Role): AttributeInfo[] {
  const admin = isAdmin({ role });
  // Not enforced anywhere in the mock (it runs no operators and exports nothing): the mock's
  // ruling, written once here.
  const createsDatasets = role === 'ADMIN' || role === 'MEMBER';
  return [
    bool(
      'ACT_ON_BEHALF_OF_USER',
      'Act on behalf of users',
      'Run delegated operations as another user.',
      admin,
    ),
    bool(
      'CREATE_DATASETS',
      'Create datasets',
      'The creator can manage the new dataset.',
      createsDatasets,
    ),
    {
      __typename: 'DatasetAccessLevelUserAttributeInfo',
      attribute: 'DATASET_ACCESS_LEVEL',
      display: 'Dataset access',
      description:
        'Which datasets they see: all, those shared with them plus each dataset’s default access, or only those shared with them.',
      value: datasetAccessLevel(role),
      options: ACCESS_LEVELS,
    },
    bool('EDIT_USERS', 'Manage users', 'Change people’s roles and remove them.', admin),
    bool(
      'EXPORT_DATASETS',
      'Export datasets',
      'Export the datasets they can see.',
      role !== 'GUEST',
    ),
    bool(
      'EXECUTE_BUILTIN_PLUGINS',
      'Run built-in operators',
      'Subject to each operator’s minimum role and dataset permission.',
      true,
    ),
    bool(
      'EXECUTE_CUSTOM_PLUGINS',
      'Run custom operators',
      'Subject to each operator’s minimum role and dataset permission.',
      role !== 'GUEST',
    ),
    bool(
      'MANAGE_INVITATIONS',
      'Manage invitations',
      'Invite people and revoke invitations.',
      admin,
    ),
    bool(
      'MANAGE_ORGANIZATION',
      'Manage the organization',
      'Settings, groups, plugins, secrets, cloud credentials and orchestrators.',
      admin,
    ),
    {
      __typename: 'DatasetPermissionUserAttributeInfo',
      attribute: 'MAX_DATASET_PERMISSION',
      display: 'Highest dataset permission',
      description: 'A grant above it is refused; group grants are capped at it.',
      value: roleCap(role),
      options: [...PERMISSION_ORDER],
    },
    bool('VIEW_USERS', 'See all users', 'List everyone in the organization.', admin),
    bool(
      'USE_API_KEYS',
      'Use API keys',
      'Use the FiftyOne SDK and this console.',
      canHoldApiKeys({ role }),
    ),
  ];
}

/** `attributes(include, exclude)`: include narrows (when given), exclude removes. */
export function selectAttributes(
  all: AttributeInfo[],
  include: readonly UserAttribute[] | null | undefined,
  exclude: readonly UserAttribute[] | null | undefined,
): AttributeInfo[] {
  return all.filter(
    (info) => (!include || include.includes(info.attribute)) && !exclude?.includes(info.attribute),
  );
}
