import type { FirstRequest } from '../../../lib/early-requests.ts';
import type { VariablesOf } from '../../../lib/graphql.ts';
import type { ServerFeatures } from '../../../lib/server-features.ts';
import { SecretsPageQuery, SecretsQuery } from './documents.ts';
import { parseSecretListParams, type SecretSortField } from './list-params.ts';

// The orchestrators read with the secrets page, per request.
export const ORCHESTRATOR_PAGE = 100;

type Dir = 'asc' | 'desc';

/** The Secrets query's variables (the secrets alone). */
export function secretsVariables(
  sort: SecretSortField,
  dir: Dir,
): VariablesOf<typeof SecretsQuery> {
  return { order: { field: sort, direction: dir === 'desc' ? 'DESC' : 'ASC' } };
}

/** The SecretsPage query's variables (the secrets and who uses them). */
export function secretsPageVariables(
  sort: SecretSortField,
  dir: Dir,
): VariablesOf<typeof SecretsPageQuery> {
  return { ...secretsVariables(sort, dir), pageSize: ORCHESTRATOR_PAGE };
}

/** Which document depends on what the server offers: sent once the early Viewer answer says. */
export const needsFeatures = true;

/**
 * The secrets page's first request, sent before the framework on a first load
 * (app/early-start.ts): what `secretQueries.page` asks for first.
 */
export function firstRequest(url: URL, features: ServerFeatures): FirstRequest {
  const { sort, dir } = parseSecretListParams(url.searchParams);
  return features.pluginSecrets && features.orchestratorDetails
    ? { document: SecretsPageQuery, variables: secretsPageVariables(sort, dir) }
    : { document: SecretsQuery, variables: secretsVariables(sort, dir) };
}
