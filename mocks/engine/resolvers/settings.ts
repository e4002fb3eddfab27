import type { Context } from '../context.ts';
import { requireAdmin } from '../rules/permissions.ts';
import type { ResolverMap } from '../schema.ts';
import type { DatasetPermission, OrganizationSettingsRecord, Role } from '../types.ts';

// Organization settings (fiftyone-api.md §3.8): admin only. In setOrganizationSettings a null
// argument means "unchanged", as the SDK sends it.

interface SettingsArgs {
  defaultUserRole?: Role | null;
  defaultDatasetPermission?: DatasetPermission | null;
  defaultOperatorMinimumRole?: Role | null;
  defaultOperatorMinimumDatasetPermission?: DatasetPermission | null;
}

export const settingsResolvers: ResolverMap = {
  Query: {
    organizationSettings: (_: unknown, _args: unknown, ctx: Context) => {
      requireAdmin(ctx, 'read the organization settings');
      return { ...ctx.store.settings };
    },
  },
  Mutation: {
    setOrganizationSettings: (_: unknown, args: SettingsArgs, ctx: Context) => {
      requireAdmin(ctx, 'change the organization settings');
      const current = ctx.store.settings;
      const next: OrganizationSettingsRecord = {
        defaultUserRole: args.defaultUserRole ?? current.defaultUserRole,
        defaultDatasetPermission: args.defaultDatasetPermission ?? current.defaultDatasetPermission,
        defaultOperatorMinimumRole:
          args.defaultOperatorMinimumRole ?? current.defaultOperatorMinimumRole,
        defaultOperatorMinimumDatasetPermission:
          args.defaultOperatorMinimumDatasetPermission ??
          current.defaultOperatorMinimumDatasetPermission,
      };
      ctx.store.settings = next;
      return { ...next };
    },
  },
};
