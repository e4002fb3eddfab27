import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Button, Grid, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { formatDate } from '../../../lib/format.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { notify } from '../../../lib/notifications.ts';
import { groupQueries, type GroupDetail } from '../api/queries.ts';
import { AdminGate } from '../components/admin-gate.tsx';
import { GroupDatasetsPanel } from '../components/group-datasets-panel.tsx';
import { MembersPanel } from '../components/members-panel.tsx';
import { useDeleteGroupFlow } from '../components/use-delete-group.tsx';

// The edit form (react-hook-form, zod) loads when it opens: the group's first view does without.
const EditGroupDialog = lazyComponent(() =>
  import('../components/edit-group-dialog.tsx').then((module) => module.EditGroupDialog),
);

export function Component() {
  return (
    <AdminGate>
      <GroupDetailView />
    </AdminGate>
  );
}

function GroupDetailView() {
  const { groupId = '' } = useParams();
  const group = useQuery(groupQueries.detail(groupId));
  usePageTitle(group.data ? `${group.data.name} · Groups` : undefined);
  const frame = (body: ReactNode) => (
    <>
      <Button
        component={RouterLink}
        to={paths.groups.list()}
        startIcon={<ArrowBackIcon />}
        sx={{ mb: 2 }}
      >
        All groups
      </Button>
      {body}
    </>
  );
  if (group.isPending) {
    return frame(
      <>
        <Skeleton
          variant="text"
          width={320}
          height={48}
          role="progressbar"
          aria-label="Loading the group"
        />
        <Skeleton variant="rounded" height={240} />
      </>,
    );
  }
  if (group.isError) {
    return frame(
      <ErrorState what="Loading the group" error={group.error} onRetry={() => group.refetch()} />,
    );
  }
  if (!group.data) {
    return frame(
      <EmptyState title="No such group">
        There is no group with the id or name “{groupId}”. It may have been deleted.
      </EmptyState>,
    );
  }
  return frame(<GroupDetailBody group={group.data} />);
}

function GroupDetailBody({ group }: { group: GroupDetail }) {
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const deleteGroup = useDeleteGroupFlow();
  return (
    <>
      <PageHeader
        title={group.name}
        subtitle={
          <>
            {group.description ? `${group.description} · ` : ''}Created{' '}
            {formatDate(group.createdAt)} by {group.createdBy.name}
          </>
        }
        actions={
          <>
            <Button variant="outlined" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button
              variant="outlined"
              color="error"
              onClick={() => {
                deleteGroup(group).then(
                  (deleted) => {
                    if (deleted) void navigate(paths.groups.list());
                  },
                  (error: unknown) =>
                    notify(`Preparing to delete failed: ${errorMessage(error)}`, 'error'),
                );
              }}
            >
              Delete group
            </Button>
          </>
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <MembersPanel group={group} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <GroupDatasetsPanel group={group} />
        </Grid>
      </Grid>
      {editing && <EditGroupDialog group={group} onClose={() => setEditing(false)} />}
    </>
  );
}
