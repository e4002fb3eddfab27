import {
  Box,
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { SelectPageCell, SelectRowCell } from '../../../components/row-selection.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { useBulkSelection } from '../../../lib/use-bulk-selection.ts';
import type { DatasetAccess, DatasetGroup } from '../api/queries.ts';
import { useRemoveGroupPermission, useSetGroupPermission } from '../api/use-access-mutations.ts';
import { GroupsBulkActions } from './bulk/groups-bulk-actions.tsx';
import { PermissionSelect } from './permission-select.tsx';
import { visuallyHidden } from './visually-hidden.ts';
import { type Permission, permissionText } from '../../../lib/permissions.ts';
import { ClampedText } from '../../../components/clamped-text.tsx';

/** The groups with a grant here: change a group's level in place, or remove it. */
export function GroupsAccessTable({ access, admin }: { access: DatasetAccess; admin: boolean }) {
  const setGrant = useSetGroupPermission(access.name);
  const removeGrant = useRemoveGroupPermission(access.name);
  const confirm = useConfirm();
  const groups = access.userGroups;
  const selection = useBulkSelection({
    key: 'groups',
    rows: groups,
    rowId: (group) => group.id,
    rowLabel: (group) => group.name,
    total: groups.length,
    readAll: () => Promise.resolve(groups),
  });

  const change = (group: DatasetGroup, permission: Permission) =>
    setGrant.mutate(
      { group: group.id, permission },
      {
        onSuccess: () =>
          notify(`${group.name} now has ${permissionText(permission)} on ${access.name}.`),
        onError: (error) =>
          notify(`Changing ${group.name}'s access failed: ${errorMessage(error)}`, 'error'),
      },
    );

  const remove = (group: DatasetGroup) =>
    confirm({
      title: `Remove ${group.name}'s access?`,
      description: `The group's grant (${permissionText(group.permission ?? 'NO_ACCESS')}) on ${access.name} is removed. Its ${group.usersCount} ${group.usersCount === 1 ? 'member keeps' : 'members keep'} only what their own grants, other groups or the default give them.`,
      confirmLabel: 'Remove access',
      destructive: true,
      action: async () => {
        await removeGrant.mutateAsync({ group: group.id });
        notify(`${group.name} no longer has access to ${access.name}.`);
      },
    });

  if (groups.length === 0) {
    return <Typography color="text.secondary">No group has access here.</Typography>;
  }
  return (
    <>
      <GroupsBulkActions access={access} selection={selection} />
      <Table size="small" aria-label="Groups with access">
        <TableHead>
          <TableRow>
            <SelectPageCell
              label="groups"
              pageIds={groups.map((group) => group.id)}
              selected={selection.selected}
              onChange={selection.onChange}
            />
            <TableCell>Group</TableCell>
            <TableCell>Members</TableCell>
            <TableCell>Grant</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map((group) => (
            <TableRow key={group.id}>
              <SelectRowCell
                id={group.id}
                name={group.name}
                selected={selection.selected}
                onChange={selection.onChange}
              />
              <TableCell component="th" scope="row">
                {admin ? (
                  <Link component={RouterLink} to={paths.groups.detail(group.id)}>
                    <ClampedText lines={2} maxWidth="24rem" title={group.name}>
                      {group.name}
                    </ClampedText>
                  </Link>
                ) : (
                  <ClampedText lines={2} maxWidth="24rem" title={group.name}>
                    {group.name}
                  </ClampedText>
                )}
              </TableCell>
              <TableCell>{group.usersCount}</TableCell>
              <TableCell sx={{ minWidth: 160 }}>
                <PermissionSelect
                  label={`Grant of ${group.name}`}
                  value={group.permission ?? ''}
                  onChange={(permission) => change(group, permission)}
                  disabled={setGrant.isPending}
                  size="small"
                  variant="standard"
                  slotProps={{ inputLabel: { sx: visuallyHidden } }}
                  fullWidth
                />
              </TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  color="error"
                  onClick={() => void remove(group)}
                  aria-label={`Remove ${group.name}'s access`}
                >
                  Remove
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
