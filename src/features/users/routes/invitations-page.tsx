import {
  Button,
  Paper,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { ClampedText } from '../../../components/clamped-text.tsx';
import { CopyButton } from '../../../components/copy-button.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExportCsvButton } from '../../../components/export-csv-button.tsx';
import { SelectPageCell, SelectRowCell } from '../../../components/row-selection.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { RoleChip } from '../../../components/role-chip.tsx';
import { formatDateTime, formatRelative } from '../../../lib/format.ts';
import { notify } from '../../../lib/notifications.ts';
import { roleText } from '../../../lib/roles.ts';
import { useBulkSelection } from '../../../lib/use-bulk-selection.ts';
import { invitationsCsv } from '../api/export-users.ts';
import { userQueries, type Invitation } from '../api/queries.ts';
import { useRevokeInvitation } from '../api/use-invitation-mutations.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { InvitationsBulkActions } from '../components/invitations-bulk-actions.tsx';
import { ReissueInvitationDialog } from '../components/reissue-invitation-dialog.tsx';
import { UsersHeader } from '../components/users-header.tsx';
import { WhenInvitationsEnabled } from '../components/invitation-flags.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useUrlSearch } from '../../../lib/use-url-search.ts';

export function Component() {
  return (
    <AdminOnly area="users and invitations">
      <InvitationsHeader />
      <WhenInvitationsEnabled>
        <Invitations />
      </WhenInvitationsEnabled>
    </AdminOnly>
  );
}

const parseFilter = (search: URLSearchParams) => ({ q: search.get('q')?.trim() ?? '' });
const writeFilter = ({ q }: { q: string }) => new URLSearchParams(q ? { q } : {});

function InvitationsHeader() {
  const seats = useQuery(userQueries.seats());
  return <UsersHeader seats={seats.data} />;
}

function Invitations() {
  const invitations = useQuery(userQueries.invitations());
  // The filter is in the URL (?q=): a reload or a shared link keeps it.
  const [params, update] = useUrlParams(parseFilter, writeFilter);
  const [filter, setFilter] = useUrlSearch(params.q, (q) => update({ q }));
  const revoke = useRevokeInvitation();
  const [reissuing, setReissuing] = useState<Invitation | null>(null);
  const confirm = useConfirm();
  const term = filter.trim().toLowerCase();
  const rows = (invitations.data ?? [])
    .filter((i) => !term || i.inviteeEmail.toLowerCase().includes(term))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // The list is read whole, so "all matching" is the filtered rows; a new filter clears ticks.
  const selection = useBulkSelection({
    key: term,
    rows,
    rowId: (invitation) => invitation.id,
    rowLabel: (invitation) => `the invitation of ${invitation.inviteeEmail}`,
    total: rows.length,
    readAll: () => Promise.resolve(rows),
  });

  if (invitations.isPending)
    return (
      <Skeleton
        variant="rounded"
        height={200}
        role="progressbar"
        aria-label="Loading invitations"
      />
    );
  if (invitations.isError) {
    return (
      <ErrorState
        what="Loading invitations"
        error={invitations.error}
        onRetry={() => invitations.refetch()}
      />
    );
  }

  const askRevoke = (invitation: Invitation) =>
    confirm({
      title: `Revoke the invitation of ${invitation.inviteeEmail}?`,
      description: `Their invitation link stops working and the ${roleText(invitation.inviteeRole).toLowerCase()} seat it holds is freed. Any dataset access granted with the invitation is dropped. You can invite them again later.`,
      confirmLabel: 'Revoke invitation',
      destructive: true,
      action: async () => {
        await revoke.mutateAsync({ invitationId: invitation.id });
        notify(`The invitation of ${invitation.inviteeEmail} was revoked.`);
      },
    });

  if (invitations.data.length === 0) {
    return (
      <Paper variant="outlined">
        <EmptyState title="No pending invitations">
          Invitations you send appear here until they are accepted, revoked or expire.
        </EmptyState>
      </Paper>
    );
  }

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <TextField
          label="Filter by e-mail"
          type="search"
          size="small"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          sx={{ minWidth: 280 }}
        />
        {/* The list is read whole (the API has no paging for it): the export is what is shown. */}
        <ExportCsvButton
          fileName="invitations"
          noun="invitations"
          read={() => Promise.resolve(invitationsCsv(rows))}
        />
      </Stack>
      <InvitationsBulkActions selection={selection} />
      <TableContainer>
        <Table size="small" aria-label="Pending invitations">
          <TableHead>
            <TableRow>
              <SelectPageCell
                label="Pending invitations"
                pageIds={rows.map((invitation) => invitation.id)}
                selected={selection.selected}
                onChange={selection.onChange}
              />
              <TableCell>E-mail</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Sent</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((invitation) => (
              <TableRow key={invitation.id} selected={selection.selected.includes(invitation.id)}>
                <SelectRowCell
                  id={invitation.id}
                  name={selection.rowLabel(invitation)}
                  selected={selection.selected}
                  onChange={selection.onChange}
                />
                <TableCell>
                  <ClampedText lines={2} title={invitation.inviteeEmail}>
                    {invitation.inviteeEmail}
                  </ClampedText>
                </TableCell>
                <TableCell>
                  <RoleChip role={invitation.inviteeRole} />
                </TableCell>
                <TableCell>{formatDateTime(invitation.createdAt)}</TableCell>
                <TableCell>
                  <Tooltip title={formatDateTime(invitation.expiresAt)}>
                    <span>{formatRelative(invitation.expiresAt)}</span>
                  </Tooltip>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <CopyButton value={invitation.url} label="Copy link" />{' '}
                  <Button
                    size="small"
                    aria-label={`Send again: the invitation of ${invitation.inviteeEmail}`}
                    onClick={() => setReissuing(invitation)}
                  >
                    Send again
                  </Button>{' '}
                  <Button
                    size="small"
                    color="error"
                    aria-label={`Revoke the invitation of ${invitation.inviteeEmail}`}
                    onClick={() => void askRevoke(invitation)}
                  >
                    Revoke
                  </Button>
                </TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>No invitation matches “{filter}”.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {reissuing && (
        <ReissueInvitationDialog
          key={reissuing.id}
          invitation={reissuing}
          onClose={() => setReissuing(null)}
        />
      )}
    </Paper>
  );
}
