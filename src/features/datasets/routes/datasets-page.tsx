import { MenuItem, Paper, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ListStates } from '../../../components/list-states.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import {
  datasetsListSearch,
  MEDIA_LABELS,
  MEDIA_TYPES,
  parseDatasetsListParams,
  type DatasetsListParams,
} from '../api/list-params.ts';
import { datasetQueries } from '../api/queries.ts';
import { DatasetsTable } from '../components/datasets-table.tsx';
import { GRANT_LEVELS } from '../lib/access-rules.ts';
import { permissionText } from '../../../lib/permissions.ts';

/** The datasets the viewer can see, with their own access on each (get_permissions_for_user). */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseDatasetsListParams(searchParams);
  const datasets = useQuery(datasetQueries.list(params));
  const update = (next: Partial<DatasetsListParams>) => {
    setSearchParams(datasetsListSearch({ ...params, ...next }), { replace: true });
  };

  const filtered = Boolean(params.q || params.media || params.access);
  return (
    <>
      <PageHeader
        title="Datasets"
        subtitle="The datasets you can see and your access to each. Open one you manage to see who has access and why."
      />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SearchToolbar
          label="Search datasets"
          placeholder="Name, slug or tag"
          value={params.q}
          onSearch={(q) => update({ q, page: 1 })}
          rowFrom="md"
        >
          <TextField
            select
            label="Media type"
            size="small"
            value={params.media ?? ''}
            onChange={(event) =>
              update({
                media: MEDIA_TYPES.find((m) => m === event.target.value) ?? null,
                page: 1,
              })
            }
            sx={{ minWidth: 170 }}
          >
            <MenuItem value="">All media</MenuItem>
            {MEDIA_TYPES.map((media) => (
              <MenuItem key={media} value={media}>
                {MEDIA_LABELS[media]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Your access"
            size="small"
            value={params.access ?? ''}
            onChange={(event) =>
              update({
                access: GRANT_LEVELS.find((level) => level === event.target.value) ?? null,
                page: 1,
              })
            }
            sx={{ minWidth: 190 }}
          >
            <MenuItem value="">Any access</MenuItem>
            {GRANT_LEVELS.slice(1).map((level) => (
              <MenuItem key={level} value={level}>
                {level === 'MANAGE' ? 'Can manage' : `${permissionText(level)} or more`}
              </MenuItem>
            ))}
          </TextField>
        </SearchToolbar>
        <ListStates
          query={datasets}
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
          <DatasetsTable
            rows={datasets.data?.rows ?? []}
            total={datasets.data?.total ?? 0}
            loading={datasets.isFetching}
            params={params}
            onChange={update}
          />
        </ListStates>
      </Paper>
    </>
  );
}
