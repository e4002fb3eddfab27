import { graphql } from '../../../lib/graphql.ts';
import { PluginListFragment } from '../../plugins/api/documents.ts';

// list_secrets(), add_secret(), update_secret(), delete_secret() (fiftyone-api.md §3.11, §13).
// No document selects `value` or `decrypted`: the console never asks for a stored value.
export const SecretFields = graphql(`
  fragment SecretFields on EncryptedSecret {
    id
    key
    description
    createdAt
  }
`);

export const SecretsQuery = graphql(
  `
    query Secrets($order: SecretOrderFieldsOrder) {
      secrets(order: $order) {
        ...SecretFields
      }
    }
  `,
  [SecretFields],
);

export const CreateSecretMutation = graphql(
  `
    mutation CreateSecret($key: String!, $value: String!, $description: String) {
      createSecret(key: $key, value: $value, description: $description) {
        ...SecretFields
      }
    }
  `,
  [SecretFields],
);

// update_secret(key, value=...): the `value` argument is [ext] (fiftyone-api.md §13), so a new
// description alone goes without it and works on the published server too.
export const UpdateSecretMutation = graphql(
  `
    mutation UpdateSecret($key: String!, $value: String, $description: String) {
      updateSecret(key: $key, value: $value, description: $description) {
        ...SecretFields
      }
    }
  `,
  [SecretFields],
);

export const DescribeSecretMutation = graphql(
  `
    mutation DescribeSecret($key: String!, $description: String) {
      updateSecret(key: $key, description: $description) {
        ...SecretFields
      }
    }
  `,
  [SecretFields],
);

export const DeleteSecretMutation = graphql(`
  mutation DeleteSecret($key: String!) {
    deleteSecret(key: $key)
  }
`);

// The secret names each orchestrator's registration stored or linked (an [ext] field,
// fiftyone-api.md §13), a page at a time.
export const OrchestratorSecretsFragment = graphql(`
  fragment OrchestratorSecretsFields on OrchestratorPage {
    pageTotal
    nodes {
      instanceIdentifier
      deactivatedAt
      secrets
    }
  }
`);

export const OrchestratorSecretsQuery = graphql(
  `
    query OrchestratorSecrets($page: Int!, $pageSize: Int!) {
      orchestratorsPage(page: $page, pageSize: $pageSize, filter: { includeDeactivated: true }) {
        ...OrchestratorSecretsFields
      }
    }
  `,
  [OrchestratorSecretsFragment],
);

// The secrets page's first view in one request: the secrets, the plugins that declare secrets
// (the plugins area's list fields) and the first page of orchestrators with theirs.
export const SecretsPageQuery = graphql(
  `
    query SecretsPage($order: SecretOrderFieldsOrder, $pageSize: Int!) {
      secrets(order: $order) {
        ...SecretFields
      }
      ...PluginListFields
      orchestratorsPage(page: 1, pageSize: $pageSize, filter: { includeDeactivated: true }) {
        ...OrchestratorSecretsFields
      }
    }
  `,
  [SecretFields, PluginListFragment, OrchestratorSecretsFragment],
);
