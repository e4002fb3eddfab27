import type { FirstRequest } from '../../../lib/early-requests.ts';
import type { ServerFeatures } from '../../../lib/server-features.ts';
import { PluginsPublishedQuery, PluginsQuery } from './documents.ts';
import { parsePluginsListParams } from './list-params.ts';

/** Which document depends on what the server offers: sent once the early Viewer answer says. */
export const needsFeatures = true;

/**
 * The plugins page's first request, sent before the framework on a first load
 * (app/early-start.ts): what `pluginQueries.list` asks for.
 */
export function firstRequest(url: URL, features: ServerFeatures): FirstRequest {
  const { builtin } = parsePluginsListParams(url.searchParams);
  return {
    document: features.pluginSecrets ? PluginsQuery : PluginsPublishedQuery,
    variables: { includeBuiltin: builtin },
  };
}
