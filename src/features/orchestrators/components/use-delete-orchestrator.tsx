import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import { useDeleteOrchestrator } from '../api/use-orchestrator-mutations.ts';

/** delete_orchestrator(): says what stops, and that its secrets stay. */
export function useDeleteOrchestratorConfirm() {
  const confirm = useConfirm();
  const remove = useDeleteOrchestrator();
  return (orchestrator: { instanceIdentifier: string; secretNames: string[] }) =>
    confirm({
      title: `Delete ${orchestrator.instanceIdentifier}?`,
      description: (
        <>
          <strong>This cannot be undone.</strong> The orchestrator {orchestrator.instanceIdentifier}{' '}
          and its configuration are deleted: delegated operations can no longer be sent to it. To
          use it again it must be registered again.
          {orchestrator.secretNames.length > 0 &&
            ` Its secrets (${orchestrator.secretNames.join(', ')}) stay under Secrets; delete them there if nothing else uses them.`}
        </>
      ),
      confirmLabel: 'Delete orchestrator',
      destructive: true,
      typeToConfirm: orchestrator.instanceIdentifier,
      action: async () => {
        await remove.mutateAsync({ instanceIdentifier: orchestrator.instanceIdentifier });
        notify(`${orchestrator.instanceIdentifier} was deleted.`);
      },
    });
}
