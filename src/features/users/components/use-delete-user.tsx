import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import { useRemoveUser } from '../api/use-user-mutations.ts';

/** delete_user(): irreversible, so the e-mail must be typed. Resolves true once deleted. */
export function useDeleteUser() {
  const confirm = useConfirm();
  const removeUser = useRemoveUser();
  return (user: { id: string; name: string; email: string }, isSelf: boolean) =>
    confirm({
      title: `Delete ${user.name}?`,
      description: (
        <>
          <strong>This cannot be undone.</strong> {user.name} ({user.email}) loses access to the
          organization at once; their API keys, group memberships and dataset grants are deleted. To
          come back they must be invited again.
          {isSelf && ' You are deleting your own account: this console will stop working for you.'}
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
