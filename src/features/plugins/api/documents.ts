import { graphql } from '../../../lib/graphql.ts';

// The SDK's plugin documents (fiftyone-api.md §3.9), with the fields the console shows.

export const OperatorFragment = graphql(`
  fragment PluginOperatorFields on PluginOperator {
    name
    uri
    enabled
    permission {
      minimumRole
      minimumDatasetPermission
    }
  }
`);

export const PluginFragment = graphql(
  `
    fragment PluginFields on Plugin {
      name
      description
      version
      fiftyoneVersion
      enabled
      modifiedAt
      operators {
        ...PluginOperatorFields
      }
    }
  `,
  [OperatorFragment],
);

// list_plugins(include_builtin). A plugin has no "built-in" field: built-in plugins are the ones
// listed only with includeBuiltin, so the custom plugins' names come along. The secrets each
// manifest declares are [ext] (fiftyone-api.md §13): the Published variants leave them out for a
// server without them (src/lib/server-features.ts).
export const PluginsQuery = graphql(
  `
    query Plugins($includeBuiltin: Boolean!) {
      plugins(includeBuiltin: $includeBuiltin) {
        ...PluginFields
        secrets
      }
      custom: plugins(includeBuiltin: false) {
        name
      }
    }
  `,
  [PluginFragment],
);

export const PluginsPublishedQuery = graphql(
  `
    query PluginsPublished($includeBuiltin: Boolean!) {
      plugins(includeBuiltin: $includeBuiltin) {
        ...PluginFields
      }
      custom: plugins(includeBuiltin: false) {
        name
      }
    }
  `,
  [PluginFragment],
);

// The same list, built-in plugins included, as fields another area's query asks for beside its
// own data (the secrets page: one request for the secrets and the plugins that declare them).
export const PluginListFragment = graphql(
  `
    fragment PluginListFields on Query {
      plugins(includeBuiltin: true) {
        ...PluginFields
        secrets
      }
      custom: plugins(includeBuiltin: false) {
        name
      }
    }
  `,
  [PluginFragment],
);

// get_plugin_info(name): null when no such plugin is installed.
export const PluginQuery = graphql(
  `
    query Plugin($name: String!) {
      plugin(name: $name) {
        ...PluginFields
        secrets
      }
      custom: plugins(includeBuiltin: false) {
        name
      }
    }
  `,
  [PluginFragment],
);

export const PluginPublishedQuery = graphql(
  `
    query PluginPublished($name: String!) {
      plugin(name: $name) {
        ...PluginFields
      }
      custom: plugins(includeBuiltin: false) {
        name
      }
    }
  `,
  [PluginFragment],
);

// What an operator without its own minimums inherits (admins only).
export const OperatorDefaultsQuery = graphql(`
  query OperatorDefaults {
    organizationSettings {
      defaultOperatorMinimumRole
      defaultOperatorMinimumDatasetPermission
    }
  }
`);

// upload_plugin(path, overwrite): the zip is POSTed to /file first, then installed by its token.
export const UploadPluginMutation = graphql(
  `
    mutation UploadPlugin($token: String!, $overwrite: Boolean!) {
      uploadPlugin(fileUploadToken: $token, overwrite: $overwrite) {
        ...PluginFields
      }
    }
  `,
  [PluginFragment],
);

// download_plugin(name): a file token, then GET /file/<token>.
export const DownloadPluginMutation = graphql(`
  mutation DownloadPlugin($name: String!) {
    downloadPlugin(name: $name)
  }
`);

// delete_plugin(name)
export const RemovePluginMutation = graphql(`
  mutation RemovePlugin($name: String!) {
    removePlugin(name: $name)
  }
`);

// set_plugin_enabled, set_plugin_operator_enabled and set_plugin_operator_permissions: null
// leaves a value unchanged.
export const UpdatePluginMutation = graphql(
  `
    mutation UpdatePlugin(
      $name: String!
      $enabled: Boolean
      $operatorSettings: PluginOperatorInput
    ) {
      updatePlugin(name: $name, enabled: $enabled, operatorSettings: $operatorSettings) {
        ...PluginFields
      }
    }
  `,
  [PluginFragment],
);
