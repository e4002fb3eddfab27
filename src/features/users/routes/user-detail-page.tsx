import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  Button,
  Chip,
  Grid,
  Link,
  Paper,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { ExportCsvButton } from '../../../components/export-csv-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RoleChip } from '../../../components/role-chip.tsx';
import { paths } from '../../../config/paths.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { ApiKeysPanel } from '../../api-keys/components/api-keys-panel.tsx';
import { sessionQueries } from '../../session/api/viewer.ts';
import { exportUserDatasets } from '../api/export-user-datasets.ts';
import { userQueries, type UserDetail } from '../api/queries.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { SELF_DELETE_REASON, useDeleteUser } from '../components/use-delete-user.tsx';
import { UserGroupsPanel } from '../components/user-groups-panel.tsx';
import { permissionText } from '../../../lib/permissions.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { ClampedText } from '../../../components/clamped-text.tsx';

// The change-role dialog loads when it opens: the person's page does without its code at first.
const ChangeRoleDialog = lazyComponent(() =>
  import('../components/change-role-dialog.tsx').then((module) => module.ChangeRoleDialog),
);

export function Component() {
  return (
    <AdminOnly area="users">
      <UserDetailView />
    </AdminOnly>
  );
}

function UserDetailView() {
  const { userId = '' } = useParams();
  const user = useQuery(userQueries.detail(userId));
  const back = (
    <Button
      component={RouterLink}
      to={paths.users.list()}
      startIcon={<ArrowBackIcon />}
      sx={{ mb: 2 }}
    >
      All users
    </Button>
  );
  if (user.isPending) {
    return (
      <>
        {back}
        <Skeleton
          variant="text"
          width={320}
          height={48}
          role="progressbar"
          aria-label="Loading user"
        />
        <Skeleton variant="rounded" height={240} />
      </>
    );
  }
  if (user.isError) {
    return (
      <>
        {back}
        <ErrorState what="Loading the user" error={user.error} onRetry={() => user.refetch()} />
      </>
    );
  }
  if (!user.data) {
    return (
      <>
        {back}
        <EmptyState title="No such user">
          There is no user with the id or e-mail “{userId}”. They may have been deleted.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {back}
      <UserDetailBody user={user.data} />
    </>
  );
}

function UserDetailBody({ user }: { user: UserDetail }) {
  const viewer = useQuery(sessionQueries.viewer());
  const navigate = useNavigate();
  const deleteUser = useDeleteUser();
  const [changingRole, setChangingRole] = useState(false);
  const isSelf = viewer.data?.id === user.id;
  usePageTitle(`${user.name} · Users`);
  return (
    <>
      <PageHeader
        title={user.name}
        subtitle={
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
            <span>{user.email}</span>
            <RoleChip role={user.role} />
            {isSelf && <Chip size="small" label="You" />}
          </Stack>
        }
        actions={
          <>
            <Button variant="outlined" onClick={() => setChangingRole(true)}>
              Change role
            </Button>
            <DeleteUserButton
              disabledReason={isSelf ? SELF_DELETE_REASON : null}
              onClick={() => {
                void deleteUser(user).then((deleted) => {
                  if (deleted) void navigate(paths.users.list());
                });
              }}
            />
          </>
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <UserGroupsPanel user={user} groups={user.userGroups} />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Datasets">
            <Stack
              direction="row"
              spacing={2}
              sx={{ alignItems: 'center', justifyContent: 'space-between' }}
            >
              <Typography variant="h6" component="h2">
                Datasets ({user.datasetsCount})
              </Typography>
              {user.datasetsCount > 0 && (
                <ExportCsvButton
                  fileName={`${user.email}-datasets`}
                  noun="datasets"
                  read={(onProgress, signal) => exportUserDatasets(user.id, onProgress, signal)}
                />
              )}
            </Stack>
            {user.datasets.length === 0 ? (
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                No access to any dataset.
              </Typography>
            ) : (
              <Table size="small" aria-label={`Datasets ${user.name} can access`}>
                <TableHead>
                  <TableRow>
                    <TableCell>Dataset</TableCell>
                    <TableCell>Permission</TableCell>
                    <TableCell>Own grant</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {user.datasets.map((dataset) => (
                    <TableRow key={dataset.id}>
                      <TableCell>
                        <Link component={RouterLink} to={paths.datasets.access(dataset.name)}>
                          <ClampedText lines={2} maxWidth="24rem" title={dataset.name}>
                            {dataset.name}
                          </ClampedText>
                        </Link>
                      </TableCell>
                      <TableCell>
                        {dataset.user ? permissionText(dataset.user.activePermission) : '—'}
                      </TableCell>
                      <TableCell>
                        {dataset.user?.userPermission
                          ? permissionText(dataset.user.userPermission)
                          : '—'}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Paper>
        </Grid>
        <Grid size={12}>
          <ApiKeysPanel
            userId={user.id}
            owner={isSelf ? null : { name: user.name }}
            isGuest={user.role === 'GUEST'}
          />
        </Grid>
      </Grid>
      {changingRole && (
        <ChangeRoleDialog
          target={user}
          viewerId={viewer.data?.id}
          onClose={() => setChangingRole(false)}
        />
      )}
    </>
  );
}

/**
 * Delete is refused up front when it cannot work (your own account): the button is disabled and
 * says why, in a tooltip and as its accessible description.
 */
function DeleteUserButton({
  disabledReason,
  onClick,
}: {
  disabledReason: string | null;
  onClick: () => void;
}) {
  const reasonId = useId();
  const button = (
    <Button
      variant="outlined"
      color="error"
      onClick={onClick}
      disabled={Boolean(disabledReason)}
      aria-describedby={disabledReason ? reasonId : undefined}
    >
      Delete user
    </Button>
  );
  if (!disabledReason) return button;
  return (
    <Tooltip title={disabledReason} describeChild>
      {/* A disabled button gets no pointer events: the tooltip listens on this wrapper. */}
      <span>
        {button}
        <span id={reasonId} hidden>
          {disabledReason}
        </span>
      </span>
    </Tooltip>
  );
}
