import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import type { Plugin } from '../api/queries.ts';
import { useRemovePlugin } from '../api/use-plugin-mutations.ts';

/** delete_plugin(): names the plugin and every operator that goes with it. */
export function useUninstallPlugin() {
  const confirm = useConfirm();
  const remove = useRemovePlugin();
  return (plugin: Plugin) =>
    confirm({
      title: `Uninstall ${plugin.name}?`,
      description: (
        <>
          <strong>This cannot be undone.</strong> {plugin.name}
          {plugin.version ? ` ${plugin.version}` : ''} is deleted with its{' '}
          {plugin.operators.length === 0
            ? 'configuration (it has no operators)'
            : `${plugin.operators.length} operator${plugin.operators.length === 1 ? '' : 's'}: ${plugin.operators
                .map((op) => op.name)
                .join(', ')}`}
          . Nobody can run them any more, and their enabled settings and minimum permissions are
          lost. To use the plugin again, install it from its zip (download it first to keep a copy).
        </>
      ),
      confirmLabel: 'Uninstall',
      destructive: true,
      action: async () => {
        await remove.mutateAsync({ name: plugin.name });
        notify(`${plugin.name} was uninstalled.`);
      },
    });
}
