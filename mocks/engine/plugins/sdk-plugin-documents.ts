// The plugin documents of the Python management SDK (fiftyone/management/plugin.py), verbatim,
// so the engine's tests send exactly what `fom.upload_plugin()` and friends send.

const OPERATOR_FRAGMENT = `
fragment operatorFrag on PluginOperator {
    name
    enabled
    permission {
        minimumRole
        minimumDatasetPermission
    }
}
`;

const PLUGIN_FRAGMENT = `${OPERATOR_FRAGMENT}
fragment pluginFrag on Plugin {
    name
    description
    version
    fiftyoneVersion
    enabled
    operators {
        ...operatorFrag
    }
}
`;

export const DELETE_PLUGIN_QUERY = `
mutation($name: String!) {
    removePlugin(name: $name)
}
`;

export const DOWNLOAD_PLUGIN_QUERY = `
mutation ($name: String!){
    downloadPlugin(name: $name)
}
`;

export const GET_PLUGIN_INFO_QUERY = `${PLUGIN_FRAGMENT}
    query($pluginName: String!) {
        plugin(name: $pluginName) {
            ...pluginFrag
        }
    }
    `;

export const LIST_PLUGINS_QUERY = `${PLUGIN_FRAGMENT}
    query($includeBuiltin: Boolean!) {
        plugins(includeBuiltin: $includeBuiltin) {
            ...pluginFrag
        }
    }
    `;

export const SET_PLUGIN_ENABLED_QUERY = `
    mutation($pluginName: String!, $enabled: Boolean) {
        updatePlugin(name: $pluginName, enabled: $enabled)
        {enabled}
    }
`;

// Note the missing comma after `$enabled: Boolean` (legal GraphQL, as the SDK sends it).
export const UPDATE_PLUGIN_OPERATOR_QUERY = `
    mutation(
            $pluginName: String!,
            $operatorName: String!,
            $enabled: Boolean
            $minRole: UserRole,
            $minDatasetPerm: DatasetPermission)
    {
        updatePlugin(name: $pluginName, operatorSettings: {
            name: $operatorName
            enabled: $enabled
            permission: {
                minimumRole: $minRole
                minimumDatasetPermission: $minDatasetPerm
            }
        }) {name}
    }
`;

export const UPLOAD_PLUGIN_QUERY = `${PLUGIN_FRAGMENT}
    mutation($token: String!, $overwrite: Boolean!) {
        uploadPlugin(fileUploadToken: $token, overwrite: $overwrite) {
            ...pluginFrag
        }
    }
`;
