import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import '../../../components/table-cells.css';
import { isRole, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '../../../lib/roles.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { userQueries } from '../api/queries.ts';
import { useSetUserRole } from '../api/use-user-mutations.ts';
import { roleChangedMessage, roleChangeWarnings, type RoleTarget } from './role-change-rules.ts';
import { roleBlock } from './seat-rules.ts';
import { useSoleAdminReason } from './sole-admin.ts';

/**
 * A user's role, changed from their row with the change-role dialog's checks: a role without a
 * free seat cannot be picked (and says why), and a change the dialog would warn about (demoting
 * an admin or yourself, a capped or key-less role) asks first, naming each consequence. The
 * only admin cannot pick another role (each says why); the server still refuses it too.
 */
export function RowRoleSelect({ user }: { user: RoleTarget }) {
  const seats = useQuery(userQueries.seats());
  const viewer = useQuery(sessionQueries.viewer());
  const setUserRole = useSetUserRole();
  const confirm = useConfirm();
  const soleAdmin = useSoleAdminReason(user, viewer.data?.id);

  const change = async (next: Role) => {
    if (next === user.role) return;
    const changed = () => notify(roleChangedMessage(user, next, viewer.data?.id));
    const warnings = roleChangeWarnings(user, next, viewer.data?.id);
    if (warnings.length > 0) {
      await confirm({
        title: `Make ${user.name} ${ROLE_LABELS[next]}?`,
        description: (
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ),
        confirmLabel: `Make ${ROLE_LABELS[next]}`,
        action: async () => {
          await setUserRole.mutateAsync({ userId: user.id, role: next });
          changed();
        },
      });
      return;
    }
    setUserRole.mutate(
      { userId: user.id, role: next },
      {
        onSuccess: changed,
        onError: (error) => {
          notify(`Changing the role of ${user.name} failed: ${errorMessage(error)}`, 'error');
        },
      },
    );
  };

  // A role from a newer server that this console does not know: shown as the server names it,
  // changed (if at all) on the person's page.
  if (!isRole(user.role)) return <Typography variant="body2">{user.role}</Typography>;

  // A native select (table-cells.css): one is in every row, so none of MUI's Select, Menu,
  // Popover and Modal per row on the list's first view. A blocked role stays listed, disabled,
  // with the reason in its label.
  return (
    <select
      className="fo-row-select"
      aria-label={`Role of ${user.name}`}
      value={user.role}
      disabled={setUserRole.isPending}
      onChange={(event) => {
        if (isRole(event.target.value)) void change(event.target.value);
      }}
    >
      {ROLES.map((role) => {
        const blocked = roleBlock(seats.data, role, 1, user.role, soleAdmin);
        return (
          <option
            key={role}
            value={role}
            disabled={Boolean(blocked)}
            title={ROLE_DESCRIPTIONS[role]}
          >
            {blocked ? `${ROLE_LABELS[role]} — ${blocked}` : ROLE_LABELS[role]}
          </option>
        );
      })}
    </select>
  );
}
