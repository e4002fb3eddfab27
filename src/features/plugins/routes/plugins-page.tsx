import AddIcon from '@mui/icons-material/Add';
import { Button, FormControlLabel, Paper, Skeleton, Switch } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { paths } from '../../../config/paths.ts';
import { LINKABLE_DIALOGS, useDialogParam } from '../../../lib/use-dialog-param.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { matchesSearch, parsePluginsListParams, pluginsListSearch } from '../api/list-params.ts';
import { pluginQueries } from '../api/queries.ts';
import { announceInstalled } from '../components/announce-installed.ts';
import { PluginsTable } from '../components/plugins-table.tsx';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

// The install dialog and its archive reader (yaml, fflate) load when it opens: the list's first
// view does without them.
const InstallPluginDialog = lazyComponent(() =>
  import('../components/install-plugin-dialog.tsx').then((module) => module.InstallPluginDialog),
);

export function Component() {
  const [params, update] = useUrlParams(parsePluginsListParams, pluginsListSearch);
  const plugins = useQuery(pluginQueries.list(params.builtin));
  const viewer = useQuery(sessionQueries.viewer());
  const isAdmin = viewer.data?.role === 'ADMIN';
  const navigate = useNavigate();
  const [installing, setInstalling] = useDialogParam(LINKABLE_DIALOGS.installPlugin);

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
        <SearchToolbar
          label="Search plugins"
          placeholder="Name, description or operator"
          value={params.q}
          onSearch={(q) => update({ q, page: 1 })}
        >
          <FormControlLabel
            control={
              <Switch
                checked={params.builtin}
                onChange={(event) => update({ builtin: event.target.checked, page: 1 })}
              />
            }
            label="Include built-in plugins"
          />
        </SearchToolbar>
        {plugins.isPending ? (
          <Skeleton
            variant="rounded"
            height={240}
            role="progressbar"
            aria-label="Loading plugins"
          />
        ) : plugins.isError ? (
          <ErrorState
            what="Loading plugins"
            error={plugins.error}
            onRetry={() => plugins.refetch()}
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
      {installing && isAdmin && (
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
