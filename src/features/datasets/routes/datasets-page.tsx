import { Button, Paper } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FilterSelect } from '../../../components/list-fields.tsx';
import { ListStates } from '../../../components/list-states.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { SelectionBar } from '../../../components/selection-bar.tsx';
import { useBulkSelection } from '../../../lib/use-bulk-selection.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { readMatchingDatasets } from '../api/bulk-access.ts';
import {
  datasetsListSearch,
  MEDIA_LABELS,
  MEDIA_TYPES,
  parseDatasetsListParams,
} from '../api/list-params.ts';
import { datasetQueries, type DatasetRow } from '../api/queries.ts';
import { InterruptedRuns } from '../../../components/interrupted-runs.tsx';
import { DatasetsTable } from '../components/datasets-table.tsx';
import { GRANT_LEVELS } from '../lib/access-rules.ts';
import { permissionText } from '../../../lib/permissions.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

// The grant form (zod, react-hook-form) and the bulk dialog load when a grant starts: the list's
// first view does without them.
const GrantOnDatasetsDialog = lazyComponent(() =>
  import('../components/bulk/grant-on-datasets-dialog.tsx').then(
    (module) => module.GrantOnDatasetsDialog,
  ),
);

/** The datasets the viewer can see, with their own access on each (get_permissions_for_user). */
export function Component() {
  const [params, update] = useUrlParams(parseDatasetsListParams, datasetsListSearch);
  const datasets = useQuery(datasetQueries.list(params));
  const viewer = useQuery(sessionQueries.viewer());
  const [granting, setGranting] = useState<DatasetRow[] | null>(null);
  // Ticks survive paging and sorting; a new search or filter starts with none ticked.
  const selection = useBulkSelection({
    key: JSON.stringify([params.q, params.media, params.access]),
    rows: datasets.data?.rows ?? [],
    rowId: (row) => row.id,
    rowLabel: (row) => row.name,
    total: datasets.data?.total ?? 0,
    readAll: (onProgress, signal) => readMatchingDatasets(params, onProgress, signal),
  });
  const grant = async () => {
    const ticked = await selection.resolve().catch(() => null);
    if (ticked) setGranting(ticked);
  };

  const filtered = Boolean(params.q || params.media || params.access);
  return (
    <>
      <PageHeader
        title="Datasets"
        subtitle="The datasets you can see and your access to each. Open one you manage to see who has access and why."
      />
      <InterruptedRuns scope="datasets" />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SearchToolbar
          label="Search datasets"
          placeholder="Name, slug or tag"
          value={params.q}
          onSearch={(q) => update({ q, page: 1 })}
          rowFrom="md"
        >
          <FilterSelect
            label="Media type"
            value={params.media ?? ''}
            allLabel="All media"
            options={MEDIA_TYPES.map((media) => ({ value: media, label: MEDIA_LABELS[media] }))}
            onChange={(value) =>
              update({ media: MEDIA_TYPES.find((m) => m === value) ?? null, page: 1 })
            }
            minWidth={170}
          />
          <FilterSelect
            label="Your access"
            value={params.access ?? ''}
            allLabel="Any access"
            options={GRANT_LEVELS.slice(1).map((level) => ({
              value: level,
              label: level === 'MANAGE' ? 'Can manage' : `${permissionText(level)} or more`,
            }))}
            onChange={(value) =>
              update({ access: GRANT_LEVELS.find((level) => level === value) ?? null, page: 1 })
            }
            minWidth={190}
          />
        </SearchToolbar>
        <ListStates
          query={datasets}
          paging={{
            page: params.page,
            pageSize: params.pageSize,
            total: (data) => data.total,
            goTo: (page) => update({ page }),
          }}
          what="datasets"
          isEmpty={(data) => data.total === 0}
          empty={
            <EmptyState title={filtered ? 'No datasets match' : 'No datasets you can see'}>
              {filtered
                ? 'Try another search or filter, or clear them.'
                : 'Datasets appear here once someone shares one with you, or gives members access by default.'}
            </EmptyState>
          }
        >
          <SelectionBar
            selection={selection}
            noun="datasets"
            actions={
              <Button
                size="small"
                variant="contained"
                disabled={selection.resolving !== null || !viewer.data}
                onClick={() => void grant()}
              >
                Grant access
              </Button>
            }
          />
          <DatasetsTable
            rows={datasets.data?.rows ?? []}
            total={datasets.data?.total ?? 0}
            loading={datasets.isFetching}
            params={params}
            onChange={update}
            selection={selection}
          />
        </ListStates>
      </Paper>
      {granting && viewer.data && (
        <GrantOnDatasetsDialog
          datasets={granting}
          viewer={{ id: viewer.data.id, admin: viewer.data.role === 'ADMIN' }}
          onDone={selection.clear}
          onClose={() => setGranting(null)}
        />
      )}
    </>
  );
}
