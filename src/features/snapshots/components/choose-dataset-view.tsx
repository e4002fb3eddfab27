import { Paper, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { usePageInRange } from '../../../lib/use-page-in-range.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { datasetListSearch, parseDatasetListParams } from '../api/list-params.ts';
import { snapshotQueries } from '../api/queries.ts';
import { DatasetsTable } from './datasets-table.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

/** /snapshots: choose one of the datasets you can see. */
export function ChooseDatasetView() {
  const [params, update] = useUrlParams(parseDatasetListParams, datasetListSearch);
  const datasets = useQuery(snapshotQueries.datasets(params));
  const moving = usePageInRange(datasets.error, {
    page: params.page,
    pageSize: params.pageSize,
    total: datasets.data?.total,
    goTo: (page) => update({ page }),
  });

  return (
    <>
      <PageHeader
        title="Snapshots"
        subtitle="Saved versions of a dataset: browse its history, see what changed, create, revert, archive and delete snapshots. Choose a dataset."
      />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SearchToolbar
          label="Search datasets"
          placeholder="Dataset name"
          value={params.q}
          onSearch={(q) => update({ q, page: 1 })}
          maxWidth={420}
        />
        {datasets.isPending || (moving && !datasets.data) ? (
          <Skeleton
            variant="rounded"
            height={240}
            role="progressbar"
            aria-label="Loading datasets"
          />
        ) : !datasets.data ? (
          <ErrorState
            what="Loading datasets"
            error={datasets.error}
            onRetry={() => datasets.refetch()}
          />
        ) : datasets.data.total === 0 && !datasets.isPlaceholderData ? (
          <EmptyState title={params.q ? 'No dataset matches' : 'No datasets to show'}>
            {params.q
              ? 'Try another name, or clear the search.'
              : 'You cannot see any dataset yet. Ask an admin or a dataset manager to share one with you.'}
          </EmptyState>
        ) : (
          <>
            {datasets.isError && !moving && (
              <ErrorState
                what="Refreshing datasets"
                error={datasets.error}
                onRetry={() => datasets.refetch()}
              />
            )}
            <DatasetsTable
              rows={datasets.data.rows}
              total={datasets.data.total}
              params={params}
              onChange={update}
            />
          </>
        )}
      </Paper>
    </>
  );
}
