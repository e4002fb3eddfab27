import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import '../../../components/table-cells.css';
import { isRole, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '../../../lib/roles.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { userQueries, type Seats } from '../api/queries.ts';
import { useSetUserRole } from '../api/use-user-mutations.ts';
import { roleChangedMessage, roleChangeWarnings, type RoleTarget } from './role-change-rules.ts';
import { roleBlock } from './seat-rules.ts';
import { useSoleAdminReason } from './sole-admin.ts';

interface RowRoles {
  seats: Seats | null | undefined;
  /** Why this person cannot leave the admin role (only ever the viewer), or null. */
  soleAdmin: (user: RoleTarget) => string | null;
  /** Whose change is on its way. */
  pending: ReadonlySet<string>;
  change: (user: RoleTarget, next: Role) => Promise<void>;
}

const RowRolesContext = createContext<RowRoles | null>(null);

const NOBODY: RoleTarget = { id: '', name: '', email: '', role: 'GUEST' };

/**
 * The role selects of one page of users, with one set of reads for all of them (the seats, who
 * is signed in, the admin scan when the viewer's own row is there) and one mutation: every row
 * asking for its own cost each of the list's first renders four observers per row.
 */
export function RowRolesProvider({ rows, children }: { rows: RoleTarget[]; children: ReactNode }) {
  const seats = useQuery(userQueries.seats());
  const viewer = useQuery(sessionQueries.viewer());
  const setUserRole = useSetUserRole();
  const confirm = useConfirm();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const viewerId = viewer.data?.id;
  const self = rows.find((row) => row.id === viewerId) ?? NOBODY;
  const soleAdminOfSelf = useSoleAdminReason(self, viewerId);

  const apply = async (user: RoleTarget, next: Role) => {
    setPending((ids) => new Set(ids).add(user.id));
    try {
      await setUserRole.mutateAsync({ userId: user.id, role: next });
    } finally {
      setPending((ids) => {
        const rest = new Set(ids);
        rest.delete(user.id);
        return rest;
      });
    }
    notify(roleChangedMessage(user, next, viewerId));
  };

  const change = async (user: RoleTarget, next: Role) => {
    if (next === user.role) return;
    const warnings = roleChangeWarnings(user, next, viewerId);
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
        action: () => apply(user, next),
      });
      return;
    }
    await apply(user, next).catch((error: unknown) => {
      notify(`Changing the role of ${user.name} failed: ${errorMessage(error)}`, 'error');
    });
  };

  const value: RowRoles = {
    seats: seats.data,
    soleAdmin: (user) => (user.id === self.id ? soleAdminOfSelf : null),
    pending,
    change,
  };
  return <RowRolesContext.Provider value={value}>{children}</RowRolesContext.Provider>;
}

/**
 * A user's role, changed from their row with the change-role dialog's checks: a role without a
 * free seat cannot be picked (and says why), and a change the dialog would warn about (demoting
 * an admin or yourself, a capped or key-less role) asks first, naming each consequence. The
 * only admin cannot pick another role (each says why); the server still refuses it too.
 */
export function RowRoleSelect({ user }: { user: RoleTarget }) {
  const roles = useContext(RowRolesContext);
  if (!roles) throw new Error('RowRoleSelect is drawn inside a RowRolesProvider');

  // A role from a newer server that this console does not know: shown as the server names it,
  // changed (if at all) on the person's page.
  if (!isRole(user.role)) return <Typography variant="body2">{user.role}</Typography>;

  const soleAdmin = roles.soleAdmin(user);
  // A native select (table-cells.css): one is in every row, so none of MUI's Select, Menu,
  // Popover and Modal per row on the list's first view. A blocked role stays listed, disabled,
  // with the reason in its label.
  return (
    <select
      className="fo-row-select"
      aria-label={`Role of ${user.name}`}
      value={user.role}
      disabled={roles.pending.has(user.id)}
      onChange={(event) => {
        if (isRole(event.target.value)) void roles.change(user, event.target.value);
      }}
    >
      {ROLES.map((role) => {
        const blocked = roleBlock(roles.seats, role, 1, user.role, soleAdmin);
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
