import { Paper } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { FilterSelect } from '../../../components/list-fields.tsx';
import { ListStates } from '../../../components/list-states.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExportCsvButton } from '../../../components/export-csv-button.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { isRole, ROLE_LABELS, ROLES } from '../../../lib/roles.ts';
import { useBulkSelection } from '../../../lib/use-bulk-selection.ts';
import { exportUsers, readMatchingUsers } from '../api/export-users.ts';
import { parseUsersListParams, usersListSearch } from '../api/list-params.ts';
import { userQueries } from '../api/queries.ts';
import { RoleScanStatus } from '../components/role-scan-status.tsx';
import { AdminOnly } from '../components/admin-only.tsx';
import { UsersHeader } from '../components/users-header.tsx';
import { UsersBulkActions } from '../components/users-bulk-actions.tsx';
import { UsersTable } from '../components/users-table.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

export function Component() {
  return (
    <AdminOnly area="users">
      <UsersList />
    </AdminOnly>
  );
}

function UsersList() {
  const [params, update] = useUrlParams(parseUsersListParams, usersListSearch);
  const users = useQuery(userQueries.list(params));
  // Ticks belong to one search, role filter and order: a new one starts with none.
  const selection = useBulkSelection({
    key: JSON.stringify([params.q, params.role, params.dir]),
    rows: users.data?.rows ?? [],
    rowId: (row) => row.id,
    rowLabel: (row) => row.name,
    total: users.data?.total ?? 0,
    readAll: (onProgress, signal) => readMatchingUsers(params, onProgress, signal),
  });

  return (
    <>
      <UsersHeader seats={users.data?.seats} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SearchToolbar
          label="Search users"
          placeholder="Name or e-mail; name: or email: to narrow"
          value={params.q}
          onSearch={(q) => update({ q, page: 1 })}
        >
          <FilterSelect
            label="Role"
            value={params.role ?? ''}
            allLabel="All roles"
            options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
            onChange={(value) => update({ role: isRole(value) ? value : null, page: 1 })}
            minWidth={180}
          />
          <ExportCsvButton
            fileName="users"
            noun="users"
            read={(onProgress, signal) => exportUsers(params, onProgress, signal)}
          />
        </SearchToolbar>
        {params.role && (
          <RoleScanStatus
            scanKey={{ role: params.role, q: params.q, dir: params.dir }}
            fetching={users.isFetching}
            scan={users.data?.scan ?? null}
          />
        )}
        <UsersBulkActions selection={selection} />
        <ListStates
          query={users}
          paging={{
            page: params.page,
            pageSize: params.pageSize,
            total: (data) => data.total,
            goTo: (page) => update({ page }),
          }}
          what="users"
          isEmpty={(data) => data.total === 0}
          empty={
            <EmptyState title={params.q || params.role ? 'No users match' : 'No users yet'}>
              {params.q || params.role
                ? 'Try another search or role, or clear the filters.'
                : 'Invite people to your organization with “Invite people”.'}
            </EmptyState>
          }
        >
          <UsersTable
            rows={users.data?.rows ?? []}
            total={users.data?.total ?? 0}
            loading={users.isFetching}
            params={params}
            onChange={update}
            selection={selection}
          />
        </ListStates>
      </Paper>
    </>
  );
}
