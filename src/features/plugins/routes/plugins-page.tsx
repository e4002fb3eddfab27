import AddIcon from '@mui/icons-material/Add';
import { Button, FormControlLabel, Paper, Skeleton, Stack, Switch, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import {
  matchesSearch,
  parsePluginsListParams,
  pluginsListSearch,
  type PluginsListParams,
} from '../api/list-params.ts';
import { pluginQueries } from '../api/queries.ts';
import { announceInstalled } from '../components/announce-installed.ts';
import { InstallPluginDialog } from '../components/install-plugin-dialog.tsx';
import { PluginsTable } from '../components/plugins-table.tsx';

const SEARCH_DEBOUNCE_MS = 250;

export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parsePluginsListParams(searchParams);
  const plugins = useQuery(pluginQueries.list(params.builtin));
  const viewer = useQuery(sessionQueries.viewer());
  const isAdmin = viewer.data?.role === 'ADMIN';
  const navigate = useNavigate();
  const [installing, setInstalling] = useState(false);
  const [typed, setTyped] = useState(params.q);

  const update = (next: Partial<PluginsListParams>) => {
    setSearchParams(pluginsListSearch({ ...params, ...next }), { replace: true });
  };

  useEffect(() => {
    if (typed.trim() === params.q) return;
    const timer = setTimeout(() => {
      setSearchParams(pluginsListSearch({ ...params, q: typed.trim(), page: 1 }), {
        replace: true,
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, params, setSearchParams]);

  const rows = (plugins.data ?? []).filter((plugin) => matchesSearch(plugin, params.q));

  return (
    <>
      <PageHeader
        title="Plugins"
        subtitle="Plugins add operators to FiftyOne. Admins install, upgrade and configure them; everyone can see and download them."
        actions={
          isAdmin && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setInstalling(true)}>
              Install plugin
            </Button>
          )
        }
      />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ mb: 2, alignItems: { sm: 'center' } }}
        >
          <TextField
            label="Search plugins"
            placeholder="Name, description or operator"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            type="search"
            size="small"
            sx={{ flex: 1 }}
          />
          <FormControlLabel
            control={
              <Switch
                checked={params.builtin}
                onChange={(event) => update({ builtin: event.target.checked, page: 1 })}
              />
            }
            label="Include built-in plugins"
          />
        </Stack>
        {plugins.isPending ? (
          <Skeleton variant="rounded" height={240} aria-label="Loading plugins" />
        ) : plugins.isError ? (
          <ErrorState
            what="Loading plugins"
            error={plugins.error}
            onRetry={() => void plugins.refetch()}
          />
        ) : plugins.data.length === 0 ? (
          <EmptyState
            title="No plugins installed"
            action={
              isAdmin && (
                <Button variant="outlined" onClick={() => setInstalling(true)}>
                  Install plugin
                </Button>
              )
            }
          >
            {isAdmin
              ? 'Install a plugin from its .zip or its folder.'
              : 'An admin of your organization can install plugins.'}
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState title="No plugins match">
            Try another search{params.builtin ? '' : ', or include the built-in plugins'}.
          </EmptyState>
        ) : (
          <PluginsTable
            rows={rows}
            loading={plugins.isFetching}
            params={params}
            onChange={update}
          />
        )}
      </Paper>
      {installing && (
        <InstallPluginDialog
          onClose={() => setInstalling(false)}
          onInstalled={(installed) => {
            setInstalling(false);
            announceInstalled(installed);
            void navigate(paths.plugins.detail(installed.plugin.name));
          }}
        />
      )}
    </>
  );
}
