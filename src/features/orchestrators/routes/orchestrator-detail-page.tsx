import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  Button,
  Chip,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { orchestratorQueries, type Orchestrator } from '../api/queries.ts';
import { configFieldsOf, environmentKeyOf, secretFieldsOf } from '../api/register-schema.ts';
import { environmentLabel } from '../api/environments.ts';
import { useServerFeatures } from '../../session/api/server-features.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { EnvironmentChip } from '../components/environment-chip.tsx';
import { useDeleteOrchestratorConfirm } from '../components/use-delete-orchestrator.tsx';

export function Component() {
  return (
    <AdminOnly>
      <OrchestratorDetailView />
    </AdminOnly>
  );
}

function OrchestratorDetailView() {
  const { instanceId = '' } = useParams();
  const orchestrator = useQuery(orchestratorQueries.detail(instanceId));
  let body: ReactNode;
  if (orchestrator.isPending) {
    body = (
      <>
        <Skeleton
          variant="text"
          width={320}
          height={48}
          role="progressbar"
          aria-label="Loading orchestrator"
        />
        <Skeleton variant="rounded" height={240} />
      </>
    );
  } else if (isApiError(orchestrator.error) && orchestrator.error.kind === 'notFound') {
    body = (
      <EmptyState title="No such orchestrator">
        No orchestrator “{instanceId}” is registered. It may have been deleted.
      </EmptyState>
    );
  } else if (orchestrator.isError) {
    body = (
      <ErrorState
        what="Loading the orchestrator"
        error={orchestrator.error}
        onRetry={() => orchestrator.refetch()}
      />
    );
  } else {
    body = <OrchestratorDetail orchestrator={orchestrator.data} />;
  }
  return (
    <>
      <Button
        component={RouterLink}
        to={paths.orchestrators.list()}
        startIcon={<ArrowBackIcon />}
        sx={{ mb: 2 }}
      >
        All orchestrators
      </Button>
      {body}
    </>
  );
}

/** The environment's entries of a `{"databricks": {...}}` object, as text. */
function sectionEntries(value: unknown, key: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  const section: unknown = Reflect.get(value, key);
  if (typeof section !== 'object' || section === null) return [];
  return Object.entries(section).map(([k, v]: [string, unknown]) => [
    k,
    typeof v === 'string' ? v : JSON.stringify(v),
  ]);
}

function labelOf(fields: readonly { key: string; label: string }[], key: string): string {
  return fields.find((f) => f.key === key)?.label ?? key;
}

/** `@acme/auto-labeler/run_auto_labeling` → `@acme/auto-labeler`. */
function pluginOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}

function OrchestratorDetail({ orchestrator }: { orchestrator: Orchestrator }) {
  const navigate = useNavigate();
  const confirmDelete = useDeleteOrchestratorConfirm();
  const features = useServerFeatures();
  // null: the server does not report environment, config and secrets ([ext]).
  const environment = orchestrator.environment;
  const key = environment === null ? '' : environmentKeyOf(environment);
  const config = sectionEntries(orchestrator.config, key);
  const secrets = sectionEntries(orchestrator.secrets, key);
  const notReported = (
    <Typography color="text.secondary">This server does not report it.</Typography>
  );
  const operators = orchestrator.availableOperators ?? [];
  return (
    <>
      <PageHeader
        title={orchestrator.instanceIdentifier}
        subtitle={
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
            <EnvironmentChip environment={environment} />
            {orchestrator.deactivatedAt ? (
              <Chip
                size="small"
                variant="outlined"
                label={`Deactivated ${formatDateTime(orchestrator.deactivatedAt)}`}
              />
            ) : (
              <Chip size="small" variant="outlined" color="success" label="Active" />
            )}
          </Stack>
        }
        actions={
          features?.deleteOrchestrator && (
            <Button
              variant="outlined"
              color="error"
              onClick={() => {
                void confirmDelete({
                  instanceIdentifier: orchestrator.instanceIdentifier,
                  secretNames: secrets.map(([, name]) => name),
                }).then((deleted) => {
                  if (deleted) void navigate(paths.orchestrators.list());
                });
              }}
            >
              Delete
            </Button>
          )
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="About">
            <Table size="small" aria-label="About the orchestrator">
              <TableBody>
                <Fact label="Description">{orchestrator.description || '—'}</Fact>
                <Fact label="Environment">
                  {environment === null ? 'Not reported' : environmentLabel(environment)}
                </Fact>
                <Fact label="Registered">{formatDateTime(orchestrator.createdAt)}</Fact>
                <Fact label="Updated">{formatDateTime(orchestrator.updatedAt)}</Fact>
              </TableBody>
            </Table>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="Configuration">
            {environment === null ? (
              notReported
            ) : config.length === 0 ? (
              <Typography color="text.secondary">No configuration.</Typography>
            ) : (
              <Table size="small" aria-label="Configuration">
                <TableBody>
                  {config.map(([name, value]) => (
                    <Fact key={name} label={labelOf(configFieldsOf(environment), name)}>
                      <code>{value}</code>
                    </Fact>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="Secrets">
            {environment === null ? (
              notReported
            ) : secrets.length === 0 ? (
              <Typography color="text.secondary">It uses no secrets.</Typography>
            ) : (
              <>
                <Table size="small" aria-label="Secrets it uses">
                  <TableBody>
                    {secrets.map(([name, secret]) => (
                      <Fact key={name} label={labelOf(secretFieldsOf(environment), name)}>
                        <Link
                          component={RouterLink}
                          to={`${paths.secrets.list()}?q=${encodeURIComponent(secret)}`}
                        >
                          {secret}
                        </Link>
                      </Fact>
                    ))}
                  </TableBody>
                </Table>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  The names of the secrets it reads; their values are stored encrypted and never
                  shown.
                </Typography>
              </>
            )}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title={`Available operators (${operators.length})`}>
            {operators.length === 0 ? (
              <Typography color="text.secondary">It has not reported any operators.</Typography>
            ) : (
              <List dense aria-label="Available operators">
                {operators.map((uri) => (
                  <ListItem key={uri} disableGutters>
                    <ListItemText
                      primary={uri.slice(uri.lastIndexOf('/') + 1)}
                      secondary={
                        <Link component={RouterLink} to={paths.plugins.detail(pluginOf(uri))}>
                          {pluginOf(uri)}
                        </Link>
                      }
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Section>
        </Grid>
      </Grid>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ width: 170, color: 'text.secondary' }}>
        {label}
      </TableCell>
      <TableCell sx={{ wordBreak: 'break-all' }}>{children}</TableCell>
    </TableRow>
  );
}
