import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { mintToken } from '../ids.ts';
import { pluginDirectory } from '../plugins/build.ts';
import { requireAdmin } from '../rules/permissions.ts';
import {
  findPlugin,
  installPlugin,
  readUploadedPlugin,
  refuseBuiltin,
  requirePlugin,
  updatePlugin,
  uploadedFile,
  type OperatorSettingsInput,
} from '../rules/plugins.ts';
import type { ResolverMap } from '../schema.ts';
import type { PluginRecord } from '../types.ts';

// Plugins (fiftyone-api.md §3.9, §14): everyone may list, read and download them; uploading,
// upgrading, deleting and changing them is for admins.

function byName(a: PluginRecord, b: PluginRecord): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export const pluginResolvers: ResolverMap = {
  Query: {
    plugins: (
      _: unknown,
      args: { onlyEnabled: boolean | null; includeBuiltin: boolean },
      ctx: Context,
    ) =>
      ctx.store.plugins
        .filter((plugin) => args.includeBuiltin || !plugin.builtin)
        .filter((plugin) => !args.onlyEnabled || plugin.enabled)
        .sort(byName),
    plugin: (_: unknown, args: { name: string }, ctx: Context) =>
      findPlugin(ctx.store, args.name) ?? null,
  },
  Plugin: {
    operators: (plugin: PluginRecord) =>
      plugin.operators.map((op) => ({
        name: op.name,
        enabled: op.enabled,
        permission: op.permission,
        pluginName: plugin.name,
        uri: `${plugin.name}/${op.name}`,
      })),
  },
  Mutation: {
    uploadPlugin: (
      _: unknown,
      args: { fileUploadToken: string; overwrite: boolean },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'upload plugins');
      const file = uploadedFile(ctx.store, args.fileUploadToken);
      const archive = readUploadedPlugin(ctx.store, file);
      return installPlugin(ctx, archive, file, args.overwrite);
    },
    upgradePlugin: (
      _: unknown,
      args: { fileUploadToken: string; pluginName: string },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'upgrade plugins');
      const plugin = requirePlugin(ctx.store, args.pluginName);
      refuseBuiltin(plugin, 'upgraded');
      const file = uploadedFile(ctx.store, args.fileUploadToken);
      const archive = readUploadedPlugin(ctx.store, file);
      if (archive.manifest.name !== plugin.name) {
        fail(
          'BAD_USER_INPUT',
          `The uploaded zip holds the plugin ${archive.manifest.name}, not ${plugin.name}`,
        );
      }
      return installPlugin(ctx, archive, file, true);
    },
    downloadPlugin: (_: unknown, args: { name: string }, ctx: Context) => {
      const plugin = requirePlugin(ctx.store, args.name);
      refuseBuiltin(plugin, 'downloaded');
      if (plugin.zipBase64 === null) fail('NOT_FOUND', `${plugin.name} has no stored archive`);
      const token = mintToken(ctx.store, ctx.now());
      ctx.store.files.push({
        token,
        name: `${pluginDirectory(plugin.name)}.zip`,
        contentType: 'application/zip',
        base64: plugin.zipBase64,
        createdAt: ctx.nowIso(),
      });
      return token;
    },
    removePlugin: (_: unknown, args: { name: string }, ctx: Context) => {
      requireAdmin(ctx, 'delete plugins');
      const plugin = requirePlugin(ctx.store, args.name);
      refuseBuiltin(plugin, 'deleted');
      ctx.store.plugins = ctx.store.plugins.filter((p) => p !== plugin);
      return null;
    },
    updatePlugin: (
      _: unknown,
      args: {
        name: string;
        enabled: boolean | null;
        operatorSettings: OperatorSettingsInput | null;
      },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'change plugins');
      const plugin = requirePlugin(ctx.store, args.name);
      return updatePlugin(ctx, plugin, args.enabled, args.operatorSettings);
    },
  },
};
