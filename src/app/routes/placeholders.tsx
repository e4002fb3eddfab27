import { NotBuilt } from '../../components/not-built.tsx';

// Areas whose issues have not landed yet say what they will hold.
export function GroupsPlaceholder() {
  return (
    <NotBuilt
      title="Groups"
      holds="Who belongs to which group: create, rename and delete groups, add and remove members, and see each group’s dataset access."
      sdk={[
        'create_user_group',
        'update_user_group',
        'delete_user_group',
        'list_user_groups',
        'add_users_to_group',
        'remove_users_from_group',
      ]}
    />
  );
}
export function DatasetsPlaceholder() {
  return (
    <NotBuilt
      title="Datasets"
      holds="The datasets you can see with your permission on each; for datasets you manage, who has access and why, and changing it."
      sdk={[
        'get_permissions',
        'set_dataset_user_permission',
        'set_dataset_default_permission',
        'get_dataset_creator',
      ]}
    />
  );
}
export function PluginsPlaceholder() {
  return (
    <NotBuilt
      title="Plugins"
      holds="Installed plugins and their operators: install, upgrade, download, enable, disable, set operator permissions and uninstall."
      sdk={[
        'list_plugins',
        'upload_plugin',
        'download_plugin',
        'set_plugin_enabled',
        'set_plugin_operator_permissions',
        'delete_plugin',
      ]}
    />
  );
}
export function SecretsPlaceholder() {
  return (
    <NotBuilt
      title="Secrets"
      holds="Secrets for plugins and orchestrators: add, rotate, describe and delete them; values are write-only."
      sdk={['add_secret', 'update_secret', 'delete_secret', 'get_secret_info', 'list_secrets']}
    />
  );
}
export function SnapshotsPlaceholder() {
  return (
    <NotBuilt
      title="Snapshots"
      holds="Each dataset’s history: create, archive, revert to and delete snapshots, and the changes since the last one."
      sdk={[
        'create_snapshot',
        'list_snapshots',
        'revert_dataset_to_snapshot',
        'delete_snapshot',
        'archive_snapshot',
      ]}
    />
  );
}
export function OrchestratorsPlaceholder() {
  return (
    <NotBuilt
      title="Orchestrators"
      holds="Where delegated operations run: register Databricks, Anyscale and self-registered orchestrators, see their operators, delete them."
      sdk={[
        'register_orchestrator',
        'list_orchestrators',
        'get_orchestrator',
        'delete_orchestrator',
      ]}
    />
  );
}
