import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import { BUCKET_WORD, PROVIDER_SHORT } from '../api/providers.ts';
import type { CloudCredential } from '../api/queries.ts';
import { useRemoveCloudCredentials } from '../api/use-cloud-credential-mutations.ts';

/** delete_cloud_credentials(), behind a confirmation that carries the SDK's warning. */
export function useDeleteCredentials() {
  const confirm = useConfirm();
  const remove = useRemoveCloudCredentials();
  return (credential: CloudCredential) => {
    const provider = PROVIDER_SHORT[credential.provider];
    const word = BUCKET_WORD[credential.provider];
    const which =
      credential.prefixes.length === 0
        ? `default ${provider} credentials`
        : `${provider} credentials for ${credential.prefixes.join(', ')}`;
    return confirm({
      title: `Delete the ${which}?`,
      description: (
        <>
          <strong>Every user of the app loses the access these credentials give</strong>{' '}
          {credential.prefixes.length === 0
            ? `to every ${provider} ${word} that has no credentials of its own`
            : `to the ${word}${credential.prefixes.length === 1 ? '' : 's'} ${credential.prefixes.join(', ')}`}
          . This deletes the credentials for all app users in the system: make sure there is another
          way to reach this cloud storage to avoid an outage. The credentials cannot be recovered.
        </>
      ),
      confirmLabel: 'Delete credentials',
      destructive: true,
      action: async () => {
        await remove.mutateAsync({
          provider: credential.provider,
          prefixes: credential.prefixes.length > 0 ? credential.prefixes : null,
        });
        notify(`Deleted the ${which}.`);
      },
    });
  };
}
