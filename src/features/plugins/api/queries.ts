import { queryOptions } from '@tanstack/react-query';
import { readFragment, type FragmentOf, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import {
  OperatorDefaultsQuery,
  OperatorFragment,
  PluginFragment,
  PluginListFragment,
  PluginPublishedQuery,
  PluginQuery,
  PluginsPublishedQuery,
  PluginsQuery,
} from './documents.ts';
import { serverFeatureQueries } from '../../session/api/server-features.ts';

export type Plugin = Omit<ResultOf<typeof PluginFragment>, 'operators'> & {
  operators: PluginOperator[];
  /** Ships with FiftyOne: can be enabled or disabled, not replaced, downloaded or deleted. */
  builtin: boolean;
  /** The secret keys its manifest declares; null when the server does not say ([ext]). */
  secrets: readonly string[] | null;
};

/** A plugin as a query returns it: its fields, and its declared secrets when asked for. */
type PluginData = FragmentOf<typeof PluginFragment> & { secrets?: readonly string[] };
export type PluginOperator = ResultOf<typeof OperatorFragment>;
export type OperatorDefaults = ResultOf<typeof OperatorDefaultsQuery>['organizationSettings'];

export function unmaskPlugin(data: PluginData, builtin = false): Plugin {
  const plugin = readFragment(PluginFragment, data);
  return {
    ...plugin,
    operators: plugin.operators.map((op) => readFragment(OperatorFragment, op)),
    builtin,
    secrets: data.secrets ?? null,
  };
}

function builtinTest(custom: readonly { name: string }[]): (name: string) => boolean {
  const names = new Set(custom.map((plugin) => plugin.name));
  return (name) => !names.has(name);
}

/** Every plugin of a `plugins` answer, each marked built in unless `custom` names it. */
function withBuiltin(
  plugins: readonly PluginData[],
  custom: readonly { name: string }[],
): Plugin[] {
  const isBuiltin = builtinTest(custom);
  return plugins.map((data) => {
    const plugin = unmaskPlugin(data);
    return { ...plugin, builtin: isBuiltin(plugin.name) };
  });
}

/**
 * The plugins (built-in ones included) of another area's query that spreads PluginListFields:
 * what `pluginQueries.list(true)` holds, so that area can put it in this cache.
 */
export function pluginListOf(data: FragmentOf<typeof PluginListFragment>): Plugin[] {
  const { plugins, custom } = readFragment(PluginListFragment, data);
  return withBuiltin(plugins, custom);
}

export const pluginQueries = {
  all: () => ['plugins'] as const,
  lists: () => [...pluginQueries.all(), 'list'] as const,
  /** The API has no paging or search for plugins: the console reads them all and filters. */
  list: (includeBuiltin: boolean) =>
    queryOptions({
      queryKey: [...pluginQueries.lists(), { includeBuiltin }] as const,
      queryFn: async ({ client }) => {
        const features = await client.query(serverFeatureQueries.features());
        const data = features.pluginSecrets
          ? await gqlRequest(PluginsQuery, { includeBuiltin })
          : await gqlRequest(PluginsPublishedQuery, { includeBuiltin });
        return withBuiltin(data.plugins, data.custom);
      },
    }),
  details: () => [...pluginQueries.all(), 'detail'] as const,
  detail: (name: string) =>
    queryOptions({
      queryKey: [...pluginQueries.details(), name] as const,
      queryFn: async ({ client }) => {
        const features = await client.query(serverFeatureQueries.features());
        const { plugin, custom } = features.pluginSecrets
          ? await gqlRequest(PluginQuery, { name })
          : await gqlRequest(PluginPublishedQuery, { name });
        return plugin ? unmaskPlugin(plugin, builtinTest(custom)(name)) : null;
      },
    }),
  /** The organization's default operator minimums (readable by admins only). */
  operatorDefaults: () =>
    queryOptions({
      queryKey: [...pluginQueries.all(), 'operator-defaults'] as const,
      queryFn: async () => (await gqlRequest(OperatorDefaultsQuery, {})).organizationSettings,
      // The Settings area owns these values and may change them: read them afresh on each visit.
      staleTime: 0,
    }),
};
