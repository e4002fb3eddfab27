import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Button, Paper } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ListStates } from '../../../components/list-states.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { paths } from '../../../config/paths.ts';
import { LINKABLE_DIALOGS, useDialogParam } from '../../../lib/use-dialog-param.ts';
import { groupsListSearch, parseGroupsListParams } from '../api/list-params.ts';
import { groupQueries } from '../api/queries.ts';
import { AdminGate } from '../components/admin-gate.tsx';
import { GroupsTable } from '../components/groups-table.tsx';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

// The create form (react-hook-form, zod) loads when its dialog opens: the list's first view does
// without it.
const CreateGroupDialog = lazyComponent(() =>
  import('../components/create-group-dialog.tsx').then((module) => module.CreateGroupDialog),
);

export function Component() {
  return (
    <AdminGate>
      <GroupsList />
    </AdminGate>
  );
}

function GroupsList() {
  const [params, update] = useUrlParams(parseGroupsListParams, groupsListSearch);
  const navigate = useNavigate();
  const groups = useQuery(groupQueries.list(params));
  const [creating, setCreating] = useDialogParam(LINKABLE_DIALOGS.createGroup);

  return (
    <>
      <PageHeader
        title="Groups"
        subtitle="Who belongs to which group. A group's dataset grants reach every member, capped by their role."
        actions={
          <Button
            variant="contained"
            startIcon={<GroupAddIcon />}
            onClick={() => setCreating(true)}
          >
            Create group
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SearchToolbar
          label="Search groups"
          placeholder="Name; user: to find someone's groups"
          value={params.q}
          onSearch={(q) => update({ q, page: 1 })}
        />
        <ListStates
          query={groups}
          paging={{
            page: params.page,
            pageSize: params.pageSize,
            total: (data) => data.total,
            goTo: (page) => update({ page }),
          }}
          what="groups"
          isEmpty={(data) => data.total === 0}
          empty={
            <EmptyState title={params.q ? 'No groups match' : 'No groups yet'}>
              {params.q
                ? 'Try another search, or clear it.'
                : 'Create a group to give several people the same dataset access at once.'}
            </EmptyState>
          }
        >
          <GroupsTable
            rows={groups.data?.rows ?? []}
            total={groups.data?.total ?? 0}
            loading={groups.isFetching}
            params={params}
            onChange={update}
          />
        </ListStates>
      </Paper>
      {creating && (
        <CreateGroupDialog
          onClose={() => setCreating(false)}
          onCreated={(group) => void navigate(paths.groups.detail(group.id))}
        />
      )}
    </>
  );
}
