import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import { useRemoveUser } from '../api/use-user-mutations.ts';

/** Why your own account cannot be deleted from here (the API refuses it too). */
export const SELF_DELETE_REASON = 'You cannot delete your own account: another admin has to do it.';

/**
 * delete_user(): irreversible, so the e-mail must be typed. Resolves true once deleted.
 * Never offered for your own account (see SELF_DELETE_REASON), which the API refuses.
 */
export function useDeleteUser() {
  const confirm = useConfirm();
  const removeUser = useRemoveUser();
  return (user: { id: string; name: string; email: string }) =>
    confirm({
      title: `Delete ${user.name}?`,
      description: (
        <>
          <strong>This cannot be undone.</strong> {user.name} ({user.email}) loses access to the
          organization at once; their API keys, group memberships and dataset grants are deleted. To
          come back they must be invited again.
        </>
      ),
      confirmLabel: 'Delete user',
      destructive: true,
      typeToConfirm: user.email,
      action: async () => {
        await removeUser.mutateAsync({ userId: user.id });
        notify(`${user.name} was deleted.`);
      },
    });
}
