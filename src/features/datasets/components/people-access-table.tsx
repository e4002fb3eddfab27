import {
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@mui/material';
import { TablePager } from '../../../components/table-pager.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { SelectPageCell, SelectRowCell } from '../../../components/row-selection.tsx';
import { RoleChip } from '../../../components/role-chip.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { useBulkSelection } from '../../../lib/use-bulk-selection.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useUrlSearch } from '../../../lib/use-url-search.ts';
import type { DatasetAccess, Person } from '../api/queries.ts';
import { useChangeOwnGrant, useRemoveUserPermission } from '../api/use-access-mutations.ts';
import { effectiveAccess, rank } from '../lib/access-rules.ts';
import { accessPeople, sourcesFor, type AccessPerson } from './access-people.ts';
import { PeopleBulkActions } from './bulk/people-bulk-actions.tsx';
import { PermissionChip } from './permission-chip.tsx';
import { PermissionSelect } from './permission-select.tsx';
import { visuallyHidden } from './visually-hidden.ts';
import { type Permission, permissionText } from '../../../lib/permissions.ts';
import { ClampedText } from '../../../components/clamped-text.tsx';

type SortKey = 'name' | 'own' | 'effective';
const SORT_KEYS: readonly SortKey[] = ['name', 'own', 'effective'];
const PAGE_SIZES = [10, 25, 50];

interface PeopleParams {
  q: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  pageSize: number;
}

function parsePeopleParams(search: URLSearchParams): PeopleParams {
  const sort = SORT_KEYS.find((key) => key === search.get('psort')) ?? 'name';
  const size = Number(search.get('psize'));
  return {
    q: search.get('pq')?.trim() ?? '',
    sort,
    dir: search.get('pdir') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, Math.floor(Number(search.get('ppage'))) || 1),
    pageSize: PAGE_SIZES.includes(size) ? size : 10,
  };
}

/** The table's state into the URL, keeping whatever else the page has there. */
function writePeopleParams(params: PeopleParams, current: URLSearchParams): URLSearchParams {
  const search = new URLSearchParams(current);
  const set = (key: string, value: string, fallback: string) =>
    value === fallback ? search.delete(key) : search.set(key, value);
  set('pq', params.q, '');
  set('psort', params.sort, 'name');
  set('pdir', params.dir, 'asc');
  set('ppage', String(params.page), '1');
  set('psize', String(params.pageSize), '10');
  return search;
}

interface Row extends AccessPerson {
  effective: Permission;
}

/**
 * Everyone with access through a grant: their own grant (change it in place), what they end up
 * with, and why. Members without any grant get the default and are not listed one by one.
 */
export function PeopleAccessTable({
  access,
  viewer,
  onExplain,
}: {
  access: DatasetAccess;
  viewer: { id: string; admin: boolean };
  onExplain: (person: Person) => void;
}) {
  // Search, order and page are in the URL (?pq=&psort=&pdir=&ppage=&psize=): a reload or a
  // shared link shows the same rows.
  const [params, update] = useUrlParams(parsePeopleParams, writePeopleParams);
  const [q, setQ] = useUrlSearch(params.q, (next) => update({ q: next, page: 1 }));
  const sort = { key: params.sort, dir: params.dir };
  const page = params.page - 1;
  const pageSize = params.pageSize;
  const setPage = (next: number) => update({ page: next + 1 });
  const setGrant = useChangeOwnGrant(access.name);
  const removeGrant = useRemoveUserPermission(access.name);
  const confirm = useConfirm();

  const rows: Row[] = accessPeople(access).map((person) => ({
    ...person,
    effective:
      access.users.find((user) => user.id === person.id)?.activePermission ??
      effectiveAccess(sourcesFor(access, person)),
  }));
  const term = q.trim().toLowerCase();
  const matching = rows
    .filter(
      (r) => !term || r.name.toLowerCase().includes(term) || r.email.toLowerCase().includes(term),
    )
    .sort((a, b) => {
      const sign = sort.dir === 'asc' ? 1 : -1;
      const by =
        sort.key === 'name'
          ? a.name.localeCompare(b.name)
          : sort.key === 'own'
            ? rank(a.own ?? 'NO_ACCESS') - rank(b.own ?? 'NO_ACCESS')
            : rank(a.effective) - rank(b.effective);
      return sign * by || a.name.localeCompare(b.name);
    });
  const shown = matching.slice(page * pageSize, page * pageSize + pageSize);
  // Ticks survive paging and sorting; a new search starts with none ticked.
  const selection = useBulkSelection({
    key: term,
    rows: shown,
    rowId: (row) => row.id,
    rowLabel: (row) => row.name,
    total: matching.length,
    readAll: () => Promise.resolve(matching),
  });

  const change = async (row: Row, permission: Permission) => {
    const losesManage =
      row.id === viewer.id && !viewer.admin && row.own === 'MANAGE' && permission !== 'MANAGE';
    const run = async () => {
      await setGrant.mutateAsync({ person: row, permission });
      notify(`${row.name} now has ${permissionText(permission)} of their own on ${access.name}.`);
    };
    if (!losesManage) {
      await run().catch((error: unknown) => {
        notify(`Changing ${row.name}'s access failed: ${errorMessage(error)}`, 'error');
      });
      return;
    }
    await confirm({
      title: `Give up managing ${access.name}?`,
      description: `Your own grant becomes ${permissionText(permission)}. Unless a group or the default still gives you Can manage, you will no longer see or change who has access to ${access.name}.`,
      confirmLabel: 'Change my access',
      destructive: true,
      action: run,
    });
  };

  const remove = (row: Row) => {
    const fallback = effectiveAccess({ ...sourcesFor(access, row), own: null });
    return confirm({
      title: `Remove ${row.name}'s own access?`,
      description: (
        <>
          {row.name} loses their own grant ({permissionText(row.own ?? 'NO_ACCESS')}) on{' '}
          {access.name}.{' '}
          {fallback === 'NO_ACCESS'
            ? 'Nothing else gives them access: they will no longer see the dataset.'
            : `Through the default or their groups they keep ${permissionText(fallback)}.`}
          {row.id === viewer.id && !viewer.admin && ' This is your own access.'}
        </>
      ),
      confirmLabel: 'Remove access',
      destructive: true,
      action: async () => {
        await removeGrant.mutateAsync({ userId: row.id });
        notify(`${row.name}'s own access to ${access.name} was removed.`);
      },
    });
  };

  const header = (key: SortKey, label: string) => (
    <TableSortLabel
      active={sort.key === key}
      direction={sort.key === key ? sort.dir : 'asc'}
      onClick={() =>
        update({ sort: key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc', page: 1 })
      }
    >
      {label}
    </TableSortLabel>
  );

  return (
    <>
      <TextField
        label="Search people"
        type="search"
        size="small"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        sx={{ mb: 1, minWidth: 280 }}
      />
      <PeopleBulkActions access={access} viewer={viewer} selection={selection} />
      <Table size="small" aria-label="People with access">
        <TableHead>
          <TableRow>
            <SelectPageCell
              label="people"
              pageIds={shown.map((row) => row.id)}
              selected={selection.selected}
              onChange={selection.onChange}
            />
            <TableCell sortDirection={sort.key === 'name' ? sort.dir : false}>
              {header('name', 'Person')}
            </TableCell>
            <TableCell>Role</TableCell>
            <TableCell sortDirection={sort.key === 'own' ? sort.dir : false}>
              {header('own', 'Own grant')}
            </TableCell>
            <TableCell sortDirection={sort.key === 'effective' ? sort.dir : false}>
              {header('effective', 'Effective')}
            </TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>
                <Typography color="text.secondary">
                  {term ? 'No one matches.' : 'No one has a grant here yet.'}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {shown.map((row) => (
            <TableRow key={row.id}>
              <SelectRowCell
                id={row.id}
                name={row.name}
                selected={selection.selected}
                onChange={selection.onChange}
              />
              <TableCell component="th" scope="row">
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <ClampedText lines={2} maxWidth="24rem" title={row.name}>
                    {row.name}
                  </ClampedText>
                  {row.id === access.createdBy?.id && <Chip size="small" label="Creator" />}
                  {row.id === viewer.id && <Chip size="small" label="You" />}
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  <ClampedText lines={1} maxWidth="24rem" title={row.email}>
                    {row.email}
                  </ClampedText>
                </Typography>
              </TableCell>
              <TableCell>
                <RoleChip role={row.role} />
              </TableCell>
              <TableCell sx={{ minWidth: 160 }}>
                <PermissionSelect
                  label={`Own grant of ${row.name}`}
                  value={row.own ?? ''}
                  emptyLabel="None"
                  holderRole={row.role}
                  onChange={(permission) => void change(row, permission)}
                  disabled={setGrant.isPending}
                  size="small"
                  variant="standard"
                  slotProps={{ inputLabel: { sx: visuallyHidden } }}
                  fullWidth
                />
                {row.groups.length > 0 && (
                  <Typography variant="caption" color="text.secondary">
                    <ClampedText
                      lines={2}
                      maxWidth="24rem"
                      title={row.groups.map((g) => g.name).join(', ')}
                    >
                      Groups: {row.groups.map((g) => g.name).join(', ')}
                    </ClampedText>
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <PermissionChip permission={row.effective} />
              </TableCell>
              <TableCell align="right">
                <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                  <Button
                    size="small"
                    onClick={() => onExplain(row)}
                    aria-label={`Why does ${row.name} have ${permissionText(row.effective)}?`}
                  >
                    Why?
                  </Button>
                  {row.own && (
                    <Button
                      size="small"
                      color="error"
                      onClick={() => void remove(row)}
                      aria-label={`Remove ${row.name}'s own access`}
                    >
                      Remove
                    </Button>
                  )}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePager
        count={matching.length}
        page={page}
        onPageChange={setPage}
        pageSize={pageSize}
        pageSizes={PAGE_SIZES}
        onPageSizeChange={(size) => update({ pageSize: size, page: 1 })}
      />
    </>
  );
}
