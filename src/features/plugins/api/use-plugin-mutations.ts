import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import type { DatasetPermission } from './dataset-permissions.ts';
import {
  DownloadPluginMutation,
  RemovePluginMutation,
  UpdatePluginMutation,
  UploadPluginMutation,
} from './documents.ts';
import { downloadFile, saveBlob } from './file-transfer.ts';
import { pluginQueries, unmaskPlugin, type Plugin } from './queries.ts';

// Mutation hooks own invalidation; call sites own the UI (closing a dialog, navigating).

/** Puts a mutation's answer in the cache (it does not say whether the plugin is built in). */
function useRefreshPlugins() {
  const queryClient = useQueryClient();
  return (plugin: Plugin) => {
    const key = pluginQueries.detail(plugin.name).queryKey;
    const builtin = queryClient.getQueryData(key)?.builtin ?? plugin.builtin;
    const next: Plugin = { ...plugin, builtin };
    queryClient.setQueryData(key, next);
    return queryClient.invalidateQueries({ queryKey: pluginQueries.all() });
  };
}

/** Installs (or, with `overwrite`, upgrades) the plugin of an uploaded zip. */
export function useInstallPlugin() {
  const refresh = useRefreshPlugins();
  return useMutation({
    mutationFn: async (variables: { token: string; overwrite: boolean }) =>
      unmaskPlugin((await gqlMutation(UploadPluginMutation, variables)).uploadPlugin),
    meta: { action: 'Installing the plugin', inlineErrors: true },
    onSuccess: (plugin) => refresh(plugin),
  });
}

/**
 * Turns a plugin on or off at once: every cached view of it (its page, each list) shows the new
 * state before the API answers, and if the API refuses, that plugin's switch goes back (what
 * else changed meanwhile stays; the mutation cache says what failed). The plugins are read
 * again afterwards either way.
 */
export function useSetPluginEnabled() {
  const queryClient = useQueryClient();
  /** Sets `enabled` on plugin `name` wherever it is cached, where `only` says so. */
  const setEnabled = (
    name: string,
    enabled: boolean,
    only: (plugin: Plugin) => boolean = () => true,
  ) => {
    const set = (plugin: Plugin) =>
      plugin.name === name && only(plugin) ? { ...plugin, enabled } : plugin;
    queryClient.setQueryData(
      pluginQueries.detail(name).queryKey,
      (plugin) => plugin && set(plugin),
    );
    queryClient.setQueriesData<Plugin[]>({ queryKey: pluginQueries.lists() }, (plugins) =>
      plugins?.map(set),
    );
  };
  return useMutation({
    mutationFn: async ({ name, enabled }: { name: string; enabled: boolean }) =>
      unmaskPlugin(
        (await gqlMutation(UpdatePluginMutation, { name, enabled, operatorSettings: null }))
          .updatePlugin,
      ),
    meta: { action: 'Changing the plugin' },
    onMutate: async ({ name, enabled }) => {
      // A read already on its way would overwrite the optimistic state with the old one; only
      // the reads this change writes to (other reads, like the operator defaults, go on).
      await Promise.all([
        queryClient.cancelQueries({ queryKey: pluginQueries.detail(name).queryKey }),
        queryClient.cancelQueries({ queryKey: pluginQueries.lists() }),
      ]);
      const shown =
        queryClient.getQueryData(pluginQueries.detail(name).queryKey) ??
        queryClient
          .getQueriesData<Plugin[]>({ queryKey: pluginQueries.lists() })
          .flatMap(([, plugins]) => plugins ?? [])
          .find((plugin) => plugin.name === name);
      setEnabled(name, enabled);
      return { previous: shown?.enabled };
    },
    onError: (_error, { name, enabled }, undo) => {
      if (undo?.previous === undefined || undo.previous === enabled) return;
      // Only where the plugin still shows the refused state: a read that landed since (after
      // another change, say) already shows what the API holds.
      setEnabled(name, undo.previous, (plugin) => plugin.enabled === enabled);
    },
    onSuccess: (plugin) => {
      const key = pluginQueries.detail(plugin.name).queryKey;
      const next: Plugin = {
        ...plugin,
        builtin: queryClient.getQueryData(key)?.builtin ?? plugin.builtin,
      };
      queryClient.setQueryData(key, next);
    },
    // Not awaited: the switch answers again at once; the refetch only confirms what it shows.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: pluginQueries.all() }),
  });
}

export interface OperatorChange {
  plugin: string;
  operator: string;
  /** Each value left out (or null) stays as it is. */
  enabled?: boolean | null;
  minimumRole?: Role | null;
  minimumDatasetPermission?: DatasetPermission | null;
}

export function useUpdateOperator() {
  const refresh = useRefreshPlugins();
  return useMutation({
    mutationFn: async (change: OperatorChange) => {
      const permission =
        change.minimumRole || change.minimumDatasetPermission
          ? {
              minimumRole: change.minimumRole ?? null,
              minimumDatasetPermission: change.minimumDatasetPermission ?? null,
            }
          : null;
      const data = await gqlMutation(UpdatePluginMutation, {
        name: change.plugin,
        enabled: null,
        operatorSettings: { name: change.operator, enabled: change.enabled ?? null, permission },
      });
      return unmaskPlugin(data.updatePlugin);
    },
    meta: { action: 'Changing the operator' },
    onSuccess: (plugin) => refresh(plugin),
  });
}

export function useRemovePlugin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { name: string }) => gqlMutation(RemovePluginMutation, variables),
    meta: { action: 'Uninstalling the plugin', inlineErrors: true },
    onSuccess: (_data, { name }) => {
      queryClient.removeQueries({ queryKey: pluginQueries.detail(name).queryKey });
      return queryClient.invalidateQueries({ queryKey: pluginQueries.lists() });
    },
  });
}

/** `@acme/data-quality` 1.2.0 → `data-quality-1.2.0.zip`. */
export function downloadFileName(plugin: { name: string; version: string | null }): string {
  const base = plugin.name.replace(/^@/, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${base}${plugin.version ? `-${plugin.version}` : ''}.zip`;
}

/** download_plugin(): a file token, then the zip itself, saved by the browser. */
export function useDownloadPlugin() {
  return useMutation({
    mutationFn: async (plugin: { name: string; version: string | null }) => {
      const { downloadPlugin: token } = await gqlMutation(DownloadPluginMutation, {
        name: plugin.name,
      });
      const blob = await downloadFile(token);
      saveBlob(blob, downloadFileName(plugin));
      return blob.size;
    },
    meta: { action: 'Downloading the plugin' },
  });
}
