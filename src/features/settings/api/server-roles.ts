import { graphql, type ResultOf } from '../../../lib/graphql.ts';
import { isRole, type Role } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { isUnknownFieldError } from '../../../lib/unknown-field.ts';
import { CAPABILITIES, type Allowance, type Capability } from './role-capabilities.ts';
import { permissionText } from '../../../lib/permissions.ts';

// Settings › Roles reads what each role may do from the server (`roles`, fiftyone-api.md §15),
// the web app's document with its fragment over the attribute union. A server without `roles`
// gets the console's own table (role-capabilities.ts), and the page says so.
export const RolesQuery = graphql(`
  query Roles {
    roles {
      role
      attributes {
        __typename
        ... on BoolUserAttributeInfo {
          attribute
          display
          description
          allowed: value
        }
        ... on DatasetAccessLevelUserAttributeInfo {
          attribute
          display
          description
          accessLevel: value
        }
        ... on DatasetPermissionUserAttributeInfo {
          attribute
          display
          description
          permission: value
        }
      }
    }
  }
`);

type AttributeInfo = ResultOf<typeof RolesQuery>['roles'][number]['attributes'][number];

export interface RoleCapabilities {
  /** server: the server's own answer; builtin: the console's table (the server has no `roles`). */
  source: 'server' | 'builtin';
  capabilities: readonly Capability[];
}

const ACCESS_LEVEL_LABELS = {
  ALL: 'Every dataset',
  IMPLICIT: 'Shared with them, and each dataset’s default access',
  EXPLICIT: 'Only datasets shared with them',
} as const;

function allowanceOf(info: AttributeInfo): Allowance {
  switch (info.__typename) {
    case 'BoolUserAttributeInfo':
      return info.allowed;
    case 'DatasetAccessLevelUserAttributeInfo':
      return ACCESS_LEVEL_LABELS[info.accessLevel];
    case 'DatasetPermissionUserAttributeInfo':
      return permissionText(info.permission);
  }
}

/** One row per attribute, in the order the server lists them; a role it omits reads "No". */
export function capabilitiesFromServer(roles: ResultOf<typeof RolesQuery>['roles']): Capability[] {
  const rows = new Map<string, Capability>();
  for (const { role, attributes } of roles) {
    if (!isRole(role)) continue;
    for (const info of attributes) {
      const row = rows.get(info.attribute) ?? {
        id: info.attribute,
        label: info.display,
        detail: info.description,
        allowed: noneAllowed(),
      };
      row.allowed[role] = allowanceOf(info);
      rows.set(info.attribute, row);
    }
  }
  return [...rows.values()];
}

function noneAllowed(): Record<Role, Allowance> {
  return { ADMIN: false, MEMBER: false, COLLABORATOR: false, GUEST: false };
}

export async function fetchRoleCapabilities(): Promise<RoleCapabilities> {
  try {
    const { roles } = await gqlRequest(RolesQuery, {});
    return { source: 'server', capabilities: capabilitiesFromServer(roles) };
  } catch (error) {
    if (!isUnknownFieldError(error)) throw error;
    return { source: 'builtin', capabilities: CAPABILITIES };
  }
}
