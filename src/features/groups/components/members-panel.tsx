import {
  Box,
  Button,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { TablePager } from '../../../components/table-pager.tsx';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { usePageInRange } from '../../../lib/use-page-in-range.ts';
import { ExportCsvButton } from '../../../components/export-csv-button.tsx';
import { RoleChip } from '../../../components/role-chip.tsx';
import { SelectPageCell, SelectRowCell } from '../../../components/row-selection.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { exportGroupMembers } from '../api/export-members.ts';
import { groupQueries, type GroupDetail } from '../api/queries.ts';
import { useAddGroupMembers, useRemoveGroupMembers } from '../api/use-group-mutations.ts';
import { useBulkSelection } from '../../../lib/use-bulk-selection.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { MembersBulkActions, readMatchingMembers } from './members-bulk-actions.tsx';
import { membersAddedMessage } from './members-added-message.ts';
import { UserMultiPicker, type PickedUser } from './user-multi-picker.tsx';
import { ClampedText } from '../../../components/clamped-text.tsx';

const PAGE_SIZES = [10, 25, 50];

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** A group's members, paged on the server (?mq=&mpage=&msize=), with add and remove. */
export function MembersPanel({ group }: { group: GroupDetail }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('mq') ?? '';
  const page = Math.max(1, Number.parseInt(searchParams.get('mpage') ?? '1', 10) || 1);
  const size = Number.parseInt(searchParams.get('msize') ?? '10', 10);
  const pageSize = PAGE_SIZES.includes(size) ? size : 10;
  const [typed, setTyped] = useState(q);
  const term = useDebounced(typed.trim());
  const members = useQuery(groupQueries.members(group.id, { q: term, page, pageSize }));
  const [adding, setAdding] = useState<PickedUser[]>([]);
  // Everyone already in the group: the picker does not offer them.
  const memberIds = useQuery(groupQueries.memberIds(group.id));
  const alreadyIn = useMemo(() => new Set(memberIds.data), [memberIds.data]);
  const add = useAddGroupMembers();
  const remove = useRemoveGroupMembers();
  const confirm = useConfirm();
  const rows = members.data?.rows ?? [];
  // Ticks survive paging; a new search starts with none.
  const selection = useBulkSelection({
    key: term,
    rows,
    rowId: (member) => member.id,
    rowLabel: (member) => member.name,
    total: members.data?.total ?? 0,
    readAll: (onProgress, signal) => readMatchingMembers(group.id, term, onProgress, signal),
  });

  const setParams = (next: { mq?: string; mpage?: number; msize?: number }) => {
    const search = new URLSearchParams(searchParams);
    const set = (key: string, value: string, fallback: string) =>
      value === fallback ? search.delete(key) : search.set(key, value);
    if (next.mq !== undefined) set('mq', next.mq, '');
    if (next.mpage !== undefined) set('mpage', String(next.mpage), '1');
    if (next.msize !== undefined) set('msize', String(next.msize), '10');
    setSearchParams(search, { replace: true });
  };
  const moving = usePageInRange(members.error, {
    page,
    pageSize,
    total: members.data?.total,
    goTo: (mpage) => setParams({ mpage }),
  });
  useEffect(() => {
    if (term === q) return;
    const search = new URLSearchParams(searchParams);
    if (term) search.set('mq', term);
    else search.delete('mq');
    search.delete('mpage');
    setSearchParams(search, { replace: true });
  }, [term, q, searchParams, setSearchParams]);

  const addMembers = () =>
    add.mutate(
      { groupId: group.id, userIds: adding.map((user) => user.id) },
      {
        onSuccess: (result) => {
          const names = new Map(adding.map((user) => [user.id, user.name]));
          const { message, severity } = membersAddedMessage(
            group.name,
            result,
            (id) => names.get(id) ?? 'Someone',
          );
          notify(message, severity);
          setAdding([]);
        },
      },
    );

  const removeMember = (member: { id: string; name: string }) =>
    confirm({
      title: `Remove ${member.name} from ${group.name}?`,
      description: `${member.name} stays in the organization but loses whatever dataset access ${group.name} gave them (other grants and the default still apply).`,
      confirmLabel: 'Remove from group',
      destructive: true,
      action: async () => {
        await remove.mutateAsync({ groupId: group.id, userIds: [member.id] });
        notify(`${member.name} removed from ${group.name}.`);
        // The last one on a page: that page is gone, show the one before.
        if (members.data?.rows.length === 1 && page > 1) setParams({ mpage: page - 1 });
      },
    });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="group-members">
      <Typography variant="h6" component="h2" id="group-members" sx={{ mb: 2 }}>
        Members ({group.usersCount})
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2 }}>
        <Box sx={{ flex: 1 }}>
          <UserMultiPicker
            label="Add members"
            value={adding}
            onChange={setAdding}
            excludeIds={alreadyIn}
            excludedText={`Everyone who matches is already in ${group.name}`}
            disabled={add.isPending}
          />
        </Box>
        <Button
          variant="contained"
          onClick={addMembers}
          disabled={adding.length === 0 || add.isPending}
          sx={{ alignSelf: { sm: 'center' } }}
        >
          Add
        </Button>
      </Stack>
      {add.isError && (
        <Typography color="error" role="alert" sx={{ mb: 1 }}>
          Adding failed: {errorMessage(add.error)}
        </Typography>
      )}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 1, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <TextField
          label="Search members"
          type="search"
          size="small"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          sx={{ minWidth: 280 }}
        />
        <ExportCsvButton
          fileName={`${group.slug}-members`}
          noun="members"
          read={(onProgress, signal) => exportGroupMembers(group.id, term, onProgress, signal)}
        />
      </Stack>
      <MembersBulkActions
        group={group}
        selection={selection}
        // Everyone on a later page may have gone: start again from the first.
        onRemoved={() => setParams({ mpage: 1 })}
      />
      {members.isError && !members.data && !moving ? (
        <ErrorState
          what="Loading members"
          error={members.error}
          onRetry={() => members.refetch()}
        />
      ) : (
        <>
          <Table size="small" aria-label={`Members of ${group.name}`}>
            <TableHead>
              <TableRow>
                <SelectPageCell
                  label="Members"
                  pageIds={rows.map((member) => member.id)}
                  selected={selection.selected}
                  onChange={selection.onChange}
                />
                <TableCell>Name</TableCell>
                <TableCell>E-mail</TableCell>
                <TableCell>Role</TableCell>
                <TableCell>
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {members.data?.rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5}>
                    <Typography color="text.secondary">
                      {term ? 'No member matches.' : 'No members yet: add people above.'}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
              {rows.map((member) => (
                <TableRow key={member.id} selected={selection.selected.includes(member.id)}>
                  <SelectRowCell
                    id={member.id}
                    name={member.name}
                    selected={selection.selected}
                    onChange={selection.onChange}
                  />
                  <TableCell component="th" scope="row">
                    <Link component={RouterLink} to={paths.users.detail(member.id)}>
                      <ClampedText lines={2} maxWidth="24rem" title={member.name}>
                        {member.name}
                      </ClampedText>
                    </Link>
                  </TableCell>
                  <TableCell>
                    <ClampedText lines={2} maxWidth="24rem" title={member.email}>
                      {member.email}
                    </ClampedText>
                  </TableCell>
                  <TableCell>
                    <RoleChip role={member.role} />
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      color="error"
                      onClick={() => void removeMember(member)}
                      aria-label={`Remove ${member.name} from ${group.name}`}
                    >
                      Remove
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePager
            count={members.data?.total ?? 0}
            page={members.data && members.data.total > 0 ? page - 1 : 0}
            onPageChange={(next) => setParams({ mpage: next + 1 })}
            pageSize={pageSize}
            pageSizes={PAGE_SIZES}
            onPageSizeChange={(size) => setParams({ msize: size, mpage: 1 })}
          />
        </>
      )}
    </Paper>
  );
}
