import { queryOptions } from '@tanstack/react-query';
import type { ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { OrganizationSettingsQuery } from './documents.ts';
import { fetchRoleCapabilities } from './server-roles.ts';

export type OrganizationSettings = ResultOf<
  typeof OrganizationSettingsQuery
>['organizationSettings'];

interface OperatorPermissions {
  operators: readonly {
    permission: { minimumRole: string | null; minimumDatasetPermission: string | null } | null;
  }[];
}

/** How many operators take each default: those whose own setting is unset (null). */
export interface InheritingOperators {
  total: number;
  minimumRole: number;
  minimumDatasetPermission: number;
}

export function countInheriting(plugins: readonly OperatorPermissions[]): InheritingOperators {
  const operators = plugins.flatMap((plugin) => plugin.operators);
  return {
    total: operators.length,
    minimumRole: operators.filter((op) => !op.permission?.minimumRole).length,
    minimumDatasetPermission: operators.filter((op) => !op.permission?.minimumDatasetPermission)
      .length,
  };
}

export const settingsQueries = {
  all: () => ['settings'] as const,
  organization: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'organization'] as const,
      queryFn: async () => (await gqlRequest(OrganizationSettingsQuery, {})).organizationSettings,
    }),
  /** What each role may do: the server's answer, or the console's table on an older server. */
  roles: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'roles'] as const,
      queryFn: fetchRoleCapabilities,
      // Roles change only with a server upgrade.
      staleTime: 30 * 60_000,
    }),
};
