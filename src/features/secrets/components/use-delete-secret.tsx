import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import type { Secret } from '../api/queries.ts';
import { useDeleteSecret } from '../api/use-secret-mutations.ts';
import type { UsedBy } from '../api/usage.ts';

/** delete_secret(): the key must be typed; what loses it is named. */
export function useDeleteSecretConfirm() {
  const confirm = useConfirm();
  const remove = useDeleteSecret();
  return (secret: Secret, usedBy: UsedBy | null) =>
    confirm({
      title: `Delete the secret ${secret.key}?`,
      description: (
        <>
          <strong>This cannot be undone:</strong> the value is deleted for all users, and a new one
          must be added if anything still needs it.
          {usedBy === null ? (
            ' Which plugins and orchestrators use it could not be checked: plugins that declare it lose it.'
          ) : usedBy.plugins.length + usedBy.orchestrators.length === 0 ? (
            ' No plugin declares it and no orchestrator references it.'
          ) : (
            <>
              {usedBy.plugins.length > 0 && (
                <>
                  {' '}
                  These plugins declare it and lose it:{' '}
                  <strong>{usedBy.plugins.map((p) => p.name).join(', ')}</strong>.
                </>
              )}
              {usedBy.orchestrators.length > 0 && (
                <>
                  {' '}
                  These orchestrators reference it and can no longer run operations:{' '}
                  <strong>
                    {usedBy.orchestrators.map((o) => o.instanceIdentifier).join(', ')}
                  </strong>
                  .
                </>
              )}
            </>
          )}
        </>
      ),
      confirmLabel: 'Delete secret',
      destructive: true,
      typeToConfirm: secret.key,
      action: async () => {
        await remove.mutateAsync({ key: secret.key });
        notify(`Deleted the secret ${secret.key}.`);
      },
    });
}
