import { List, ListItem, ListItemText } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import { datasetQueries } from '../../datasets/api/queries.ts';
import { useDeleteGroup } from '../api/use-group-mutations.ts';
import { permissionText } from '../../../lib/permissions.ts';

/**
 * delete_user_group(): irreversible, and the group's dataset grants go with it, so the
 * confirmation lists them and asks for the name. Resolves true once deleted.
 */
export function useDeleteGroupFlow() {
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const deleteGroup = useDeleteGroup();
  return async (group: { id: string; name: string; usersCount: number }) => {
    const grants = await queryClient.query(datasetQueries.forGroup(group.id));
    return confirm({
      title: `Delete ${group.name}?`,
      description: (
        <>
          <strong>This cannot be undone.</strong> The group and its {group.usersCount}{' '}
          {group.usersCount === 1 ? 'membership' : 'memberships'} are deleted (the people stay in
          the organization).{' '}
          {grants.length === 0 ? (
            'The group has no dataset access, so no one loses any.'
          ) : (
            <>
              These dataset grants disappear with it; members keep only what other grants or the
              default give them:
              <List dense aria-label="Dataset grants that disappear">
                {grants.map((grant) => (
                  <ListItem key={grant.id} disableGutters>
                    <ListItemText
                      primary={grant.name}
                      secondary={permissionText(grant.permission)}
                    />
                  </ListItem>
                ))}
              </List>
            </>
          )}
        </>
      ),
      confirmLabel: 'Delete group',
      destructive: true,
      typeToConfirm: group.name,
      action: async () => {
        await deleteGroup.mutateAsync({ groupId: group.id });
        notify(`Group ${group.name} was deleted.`);
      },
    });
  };
}
