import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  Alert,
  Box,
  Button,
  Grid,
  LinearProgress,
  Paper,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { ExportCsvButton } from '../../../components/export-csv-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import { sessionQueries, type Viewer } from '../../session/api/viewer.ts';
import { exportAccess } from '../api/export-access.ts';
import { mediaLabel } from '../api/list-params.ts';
import { datasetQueries, type DatasetAccess, type Person } from '../api/queries.ts';
import { AccessExplainerDialog } from '../components/access-explainer-dialog.tsx';
import { ChangeDefaultDialog } from '../components/change-default-dialog.tsx';
import { InterruptedRuns } from '../../../components/interrupted-runs.tsx';
import { CheckAccess } from '../components/check-access.tsx';
import { GroupsAccessTable } from '../components/groups-access-table.tsx';
import { PeopleAccessTable } from '../components/people-access-table.tsx';
import { PermissionChip } from '../components/permission-chip.tsx';
import { permissionText } from '../../../lib/permissions.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';

// The grant forms (zod and react-hook-form) load when one opens, not with the page.
const AddPersonDialog = lazyComponent(() =>
  import('../components/add-person-dialog.tsx').then((module) => module.AddPersonDialog),
);
const AddGroupDialog = lazyComponent(() =>
  import('../components/add-group-dialog.tsx').then((module) => module.AddGroupDialog),
);

export function Component() {
  const { datasetName = '' } = useParams();
  const viewer = useQuery(sessionQueries.viewer());
  const mine = useQuery(datasetQueries.viewer(datasetName));
  const back = (
    <Button
      component={RouterLink}
      to={paths.datasets.list()}
      startIcon={<ArrowBackIcon />}
      sx={{ mb: 2 }}
    >
      All datasets
    </Button>
  );
  const frame = (body: ReactNode) => (
    <>
      {back}
      {body}
    </>
  );
  if (viewer.isPending || mine.isPending) {
    return frame(<LinearProgress aria-label="Loading the dataset" />);
  }
  // A failed refresh (after a refused change, say) keeps what the page showed.
  if (viewer.data === undefined || mine.data === undefined) {
    const failed = viewer.data === undefined ? viewer : mine;
    return frame(
      <ErrorState
        what="Loading the dataset"
        error={failed.error}
        onRetry={() => failed.refetch()}
      />,
    );
  }
  if (mine.data === null) {
    return frame(
      <EmptyState title="No such dataset">
        There is no dataset “{datasetName}” that you can see. It may have been deleted, or you may
        have no access to it.
      </EmptyState>,
    );
  }
  const level = mine.data.viewer.activePermission;
  if (level !== 'MANAGE') {
    return frame(
      <>
        <PageHeader title={mine.data.name} />
        <Alert severity="info">
          You have {permissionText(level)} on {mine.data.name}. Only admins and people who can
          manage a dataset see who has access to it and change it; ask one of them if you need more.
        </Alert>
      </>,
    );
  }
  return frame(<AccessView name={mine.data.name} viewer={viewer.data} />);
}

type Open =
  | { kind: 'person' }
  | { kind: 'group' }
  | { kind: 'default' }
  | { kind: 'explain'; person: Person }
  | null;

function AccessView({ name, viewer }: { name: string; viewer: Viewer }) {
  const access = useQuery(datasetQueries.access(name));
  if (access.isPending) {
    return (
      <>
        <Skeleton
          variant="text"
          width={320}
          height={48}
          role="progressbar"
          aria-label="Loading access"
        />
        <Skeleton variant="rounded" height={280} />
      </>
    );
  }
  if (access.data === undefined) {
    return (
      <ErrorState
        what="Loading who has access"
        error={access.error}
        onRetry={() => access.refetch()}
      />
    );
  }
  if (!access.data) {
    return <EmptyState title="No such dataset">The dataset “{name}” is gone.</EmptyState>;
  }
  return (
    <>
      {access.isError && (
        <Box sx={{ mb: 2 }}>
          <ErrorState
            what="Refreshing who has access"
            error={access.error}
            onRetry={() => access.refetch()}
          />
        </Box>
      )}
      <AccessBody access={access.data} viewer={viewer} />
    </>
  );
}

function AccessBody({ access, viewer }: { access: DatasetAccess; viewer: Viewer }) {
  const [open, setOpen] = useState<Open>(null);
  const admin = viewer.role === 'ADMIN';
  const close = () => setOpen(null);
  const grantedIds = useMemo(() => new Set(access.users.map((u) => u.id)), [access.users]);
  const groupIds = useMemo(() => new Set(access.userGroups.map((g) => g.id)), [access.userGroups]);
  const explain = (person: Person) => setOpen({ kind: 'explain', person });
  return (
    <>
      <PageHeader
        title={access.name}
        subtitle={
          <>
            {mediaLabel(access.mediaType)} · {access.samplesCount.toLocaleString()} samples ·
            created {formatDate(access.createdAt)}
            {access.createdBy ? ` by ${access.createdBy.name}` : ' (creator unknown)'}
          </>
        }
        actions={
          <ExportCsvButton
            fileName={`${access.slug}-access`}
            noun="people and groups"
            read={(_onProgress, signal) => exportAccess(access.name, signal)}
          />
        }
      />
      <InterruptedRuns scope={`dataset-access:${access.name}`} />
      <Grid container spacing={2}>
        <AccessSection id="default-access">
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: { sm: 'center' } }}
          >
            <Stack spacing={0.5} sx={{ flexGrow: 1 }}>
              <Typography variant="h6" component="h2" id="default-access">
                Default access for members
              </Typography>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <PermissionChip permission={access.defaultPermission} />
                <Typography color="text.secondary">
                  Every member without a higher grant gets this. Collaborators and guests never do.
                </Typography>
              </Stack>
            </Stack>
            <Button variant="outlined" onClick={() => setOpen({ kind: 'default' })}>
              Change default
            </Button>
          </Stack>
        </AccessSection>
        <GrantsSection
          id="people-access"
          title="People"
          addLabel="Add person"
          onAdd={() => setOpen({ kind: 'person' })}
        >
          <PeopleAccessTable
            access={access}
            viewer={{ id: viewer.id, admin }}
            onExplain={explain}
          />
        </GrantsSection>
        <GrantsSection
          id="group-access"
          title="Groups"
          addLabel="Add group"
          onAdd={() => setOpen({ kind: 'group' })}
        >
          <GroupsAccessTable access={access} admin={admin} />
        </GrantsSection>
        <AccessSection id="explain-access">
          <Typography variant="h6" component="h2" id="explain-access">
            Explain someone&apos;s access
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            Anyone, listed above or not: every source of their access, and where their role caps it.
          </Typography>
          <CheckAccess dataset={access.name} admin={admin} onExplain={explain} />
        </AccessSection>
      </Grid>
      {open?.kind === 'person' && (
        <AddPersonDialog
          dataset={access.name}
          admin={admin}
          excludeIds={grantedIds}
          onClose={close}
        />
      )}
      {open?.kind === 'group' && (
        <AddGroupDialog dataset={access.name} admin={admin} excludeIds={groupIds} onClose={close} />
      )}
      {open?.kind === 'default' && <ChangeDefaultDialog access={access} onClose={close} />}
      {open?.kind === 'explain' && (
        <AccessExplainerDialog access={access} person={open.person} onClose={close} />
      )}
    </>
  );
}

/** One section of the page, labelled by its heading (`id`). */
function AccessSection({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Grid size={12}>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={id}>
        {children}
      </Paper>
    </Grid>
  );
}

/** A section listing grants (people, groups): its heading and the button that adds one. */
function GrantsSection({
  id,
  title,
  addLabel,
  onAdd,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <AccessSection id={id}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" component="h2" id={id} sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <Button variant="contained" onClick={onAdd}>
          {addLabel}
        </Button>
      </Stack>
      {children}
    </AccessSection>
  );
}
