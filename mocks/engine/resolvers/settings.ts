import type { Context } from '../context.ts';
import { requireAdmin } from '../rules/permissions.ts';
import type { ResolverMap } from '../schema.ts';

// Organization settings (fiftyone-api.md §3.8): admin only. setOrganizationSettings comes with
// issue 5.
export const settingsResolvers: ResolverMap = {
  Query: {
    organizationSettings: (_: unknown, _args: unknown, ctx: Context) => {
      requireAdmin(ctx, 'read the organization settings');
      return ctx.store.settings;
    },
  },
};
