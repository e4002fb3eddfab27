import { Paper, Skeleton, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import {
  datasetListSearch,
  parseDatasetListParams,
  type DatasetListParams,
} from '../api/list-params.ts';
import { snapshotQueries } from '../api/queries.ts';
import { DatasetsTable } from './datasets-table.tsx';

const SEARCH_DEBOUNCE_MS = 250;

/** /snapshots: choose one of the datasets you can see. */
export function ChooseDatasetView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseDatasetListParams(searchParams);
  const datasets = useQuery(snapshotQueries.datasets(params));
  const [typed, setTyped] = useState(params.q);

  const update = (next: Partial<DatasetListParams>) => {
    setSearchParams(datasetListSearch({ ...params, ...next }), { replace: true });
  };

  useEffect(() => {
    if (typed.trim() === params.q) return;
    const timer = setTimeout(() => {
      setSearchParams(datasetListSearch({ ...params, q: typed.trim(), page: 1 }), {
        replace: true,
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, params, setSearchParams]);

  return (
    <>
      <PageHeader
        title="Snapshots"
        subtitle="Saved versions of a dataset: browse its history, see what changed, create, revert, archive and delete snapshots. Choose a dataset."
      />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
          <TextField
            label="Search datasets"
            placeholder="Dataset name"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            type="search"
            size="small"
            sx={{ flex: 1, maxWidth: 420 }}
          />
        </Stack>
        {datasets.isPending ? (
          <Skeleton variant="rounded" height={240} aria-label="Loading datasets" />
        ) : datasets.isError && !datasets.data ? (
          <ErrorState
            what="Loading datasets"
            error={datasets.error}
            onRetry={() => void datasets.refetch()}
          />
        ) : datasets.data.total === 0 && !datasets.isPlaceholderData ? (
          <EmptyState title={params.q ? 'No dataset matches' : 'No datasets to show'}>
            {params.q
              ? 'Try another name, or clear the search.'
              : 'You cannot see any dataset yet. Ask an admin or a dataset manager to share one with you.'}
          </EmptyState>
        ) : (
          <>
            {datasets.isError && (
              <ErrorState
                what="Refreshing datasets"
                error={datasets.error}
                onRetry={() => void datasets.refetch()}
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
