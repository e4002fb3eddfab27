import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  Link,
  Paper,
  Skeleton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { notify } from '../../../lib/notifications.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { pluginQueries, type Plugin } from '../api/queries.ts';
import { useDownloadPlugin, useSetPluginEnabled } from '../api/use-plugin-mutations.ts';
import { announceInstalled } from '../components/announce-installed.ts';
import { formatBytes } from '../components/archive-summary.tsx';
import { OperatorsTable } from '../components/operators-table.tsx';
import { PluginStatusChips } from '../components/plugin-status-chips.tsx';
import { useUninstallPlugin } from '../components/use-uninstall-plugin.tsx';
import { TextChip } from '../../../components/text-chip.tsx';
import { lazyComponent } from '../../../lib/lazy-component.tsx';

// The install dialog and its archive reader (yaml, fflate) load when it opens.
const InstallPluginDialog = lazyComponent(() =>
  import('../components/install-plugin-dialog.tsx').then((module) => module.InstallPluginDialog),
);

export function Component() {
  const { pluginName = '' } = useParams();
  const plugin = useQuery(pluginQueries.detail(pluginName));
  const back = (
    <Button
      component={RouterLink}
      to={paths.plugins.list()}
      startIcon={<ArrowBackIcon />}
      sx={{ mb: 2 }}
    >
      All plugins
    </Button>
  );
  let body: ReactNode;
  if (plugin.isPending) {
    body = (
      <>
        <Skeleton
          variant="text"
          width={320}
          height={48}
          role="progressbar"
          aria-label="Loading plugin"
        />
        <Skeleton variant="rounded" height={240} />
      </>
    );
  } else if (plugin.isError && plugin.data === undefined) {
    body = (
      <ErrorState what="Loading the plugin" error={plugin.error} onRetry={() => plugin.refetch()} />
    );
  } else if (!plugin.data) {
    body = (
      <EmptyState title="No such plugin">
        No plugin named “{pluginName}” is installed. It may have been uninstalled.
      </EmptyState>
    );
  } else {
    // A failed refresh (after a refused change, say) keeps what the page showed.
    body = (
      <>
        {plugin.isError && (
          <Box sx={{ mb: 2 }}>
            <ErrorState
              what="Refreshing the plugin"
              error={plugin.error}
              onRetry={() => plugin.refetch()}
            />
          </Box>
        )}
        <PluginDetail plugin={plugin.data} />
      </>
    );
  }
  return (
    <>
      {back}
      {body}
    </>
  );
}

function PluginDetail({ plugin }: { plugin: Plugin }) {
  const viewer = useQuery(sessionQueries.viewer());
  const isAdmin = viewer.data?.role === 'ADMIN';
  const defaults = useQuery({ ...pluginQueries.operatorDefaults(), enabled: isAdmin });
  const setEnabled = useSetPluginEnabled();
  const download = useDownloadPlugin();
  const uninstall = useUninstallPlugin();
  const navigate = useNavigate();
  const [upgrading, setUpgrading] = useState(false);

  return (
    <>
      <PageHeader
        title={plugin.name}
        subtitle={
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
            <span>{plugin.version ? `Version ${plugin.version}` : 'No version'}</span>
            <PluginStatusChips enabled={plugin.enabled} builtin={plugin.builtin} />
          </Stack>
        }
        actions={
          !plugin.builtin && (
            <>
              <Button
                variant="outlined"
                startIcon={<DownloadIcon />}
                disabled={download.isPending}
                onClick={() =>
                  download.mutate(plugin, {
                    onSuccess: (size) =>
                      notify(`Downloaded ${plugin.name} (${formatBytes(size)}).`),
                  })
                }
              >
                Download
              </Button>
              {isAdmin && (
                <>
                  <Button variant="outlined" onClick={() => setUpgrading(true)}>
                    Upgrade
                  </Button>
                  <Button
                    variant="outlined"
                    color="error"
                    onClick={() => {
                      void uninstall(plugin).then((done) => {
                        if (done) void navigate(paths.plugins.list());
                      });
                    }}
                  >
                    Uninstall
                  </Button>
                </>
              )}
            </>
          )
        }
      />
      <Stack spacing={2}>
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="About">
          {isAdmin && (
            <FormControlLabel
              sx={{ mb: 1 }}
              control={
                <Switch
                  checked={plugin.enabled}
                  disabled={setEnabled.isPending}
                  onChange={(event) =>
                    setEnabled.mutate({ name: plugin.name, enabled: event.target.checked })
                  }
                />
              }
              label="Plugin enabled"
            />
          )}
          {!plugin.enabled && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              This plugin is disabled: none of its operators can run, whatever their own settings.
            </Alert>
          )}
          <Table size="small" aria-label="About the plugin">
            <TableBody>
              <Fact label="Description">{plugin.description ?? '—'}</Fact>
              <Fact label="FiftyOne version">{plugin.fiftyoneVersion ?? 'Any'}</Fact>
              <Fact label="Modified">{formatDateTime(plugin.modifiedAt)}</Fact>
              <Fact label="Secrets it uses">
                {plugin.secrets === null ? (
                  'This server does not report the secrets a plugin declares.'
                ) : plugin.secrets.length === 0 ? (
                  'None'
                ) : (
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                    {plugin.secrets.map((key) =>
                      isAdmin ? (
                        <TextChip
                          key={key}
                          size="small"
                          variant="outlined"
                          label={key}
                          to={`${paths.secrets.list()}?q=${encodeURIComponent(key)}`}
                        />
                      ) : (
                        <TextChip key={key} size="small" variant="outlined" label={key} />
                      ),
                    )}
                  </Stack>
                )}
              </Fact>
            </TableBody>
          </Table>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Operators">
          <Typography variant="h6" component="h2" gutterBottom>
            Operators ({plugin.operators.length})
          </Typography>
          {plugin.operators.length === 0 ? (
            <Typography color="text.secondary">This plugin declares no operators.</Typography>
          ) : (
            <OperatorsTable plugin={plugin} editable={isAdmin} defaults={defaults.data} />
          )}
          {isAdmin && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              An operator without its own minimums follows the organization’s defaults (
              <Link component={RouterLink} to={paths.settings.organization()}>
                Settings
              </Link>
              ); once it has its own, it keeps them.
            </Typography>
          )}
        </Paper>
      </Stack>
      {upgrading && (
        <InstallPluginDialog
          upgradeOf={plugin}
          onClose={() => setUpgrading(false)}
          onInstalled={(installed) => {
            setUpgrading(false);
            announceInstalled(installed);
          }}
        />
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ width: 180, color: 'text.secondary' }}>
        {label}
      </TableCell>
      <TableCell>{children}</TableCell>
    </TableRow>
  );
}
