import { Button, Chip, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { formatDateTime } from '../../../lib/format.ts';
import { describeBuckets } from '../api/buckets.ts';
import { PAGE_SIZES, type CredentialListParams } from '../api/list-params.ts';
import { PROVIDER_LABELS } from '../api/providers.ts';
import type { CloudCredential } from '../api/queries.ts';

export interface CredentialRow extends CloudCredential {
  id: string;
}

/** A stable row id: the provider and its set of buckets (what identifies credentials). */
export function rowId(credential: CloudCredential): string {
  return `${credential.provider}:${[...credential.prefixes].sort().join(',')}`;
}

/** Client-side sort and paging (the API returns every set at once), state in the URL. */
export function CredentialsTable({
  rows,
  params,
  onChange,
  onReplace,
  onDelete,
}: {
  rows: CredentialRow[];
  params: CredentialListParams;
  onChange: (next: Partial<CredentialListParams>) => void;
  onReplace: (row: CredentialRow) => void;
  onDelete: (row: CredentialRow) => void;
}) {
  const columns: GridColDef<CredentialRow>[] = [
    {
      field: 'provider',
      headerName: 'Provider',
      width: 170,
      valueGetter: (_value, row) => PROVIDER_LABELS[row.provider],
    },
    {
      field: 'prefixes',
      headerName: 'Buckets',
      flex: 1,
      minWidth: 180,
      sortable: false,
      renderCell: ({ row }) =>
        row.prefixes.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
            {describeBuckets(row.provider, row.prefixes)}
          </Typography>
        ) : (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {row.prefixes.map((prefix) => (
              <Chip key={prefix} size="small" label={prefix} />
            ))}
          </Stack>
        ),
    },
    {
      field: 'description',
      headerName: 'Description',
      flex: 1.2,
      minWidth: 160,
      sortable: false,
      renderCell: ({ row }) => (
        <Typography variant="body2" sx={{ whiteSpace: 'normal' }}>
          {row.description ?? '—'}
        </Typography>
      ),
    },
    {
      field: 'createdAt',
      headerName: 'Created',
      width: 170,
      valueFormatter: (value: string) => formatDateTime(value),
    },
    {
      field: 'createdBy',
      headerName: 'By',
      width: 140,
      sortable: false,
      valueGetter: (_value, row) => row.createdBy.name,
    },
    {
      field: 'actions',
      headerName: 'Actions',
      width: 170,
      sortable: false,
      align: 'right',
      headerAlign: 'right',
      renderCell: ({ row }) => {
        const name = `${PROVIDER_LABELS[row.provider]} ${describeBuckets(row.provider, row.prefixes)}`;
        return (
          <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', width: '100%' }}>
            <Button size="small" onClick={() => onReplace(row)} aria-label={`Replace ${name}`}>
              Replace
            </Button>
            <Button
              size="small"
              color="error"
              onClick={() => onDelete(row)}
              aria-label={`Delete ${name}`}
            >
              Delete
            </Button>
          </Stack>
        );
      },
    },
  ];
  const sortModel: GridSortModel = [{ field: params.sort, sort: params.dir }];
  return (
    <DataGrid
      label="Cloud credentials"
      rows={rows}
      columns={columns}
      disableColumnFilter
      disableRowSelectionOnClick
      pageSizeOptions={[...PAGE_SIZES]}
      paginationModel={{ page: params.page, pageSize: params.pageSize }}
      onPaginationModelChange={(model) =>
        onChange({
          page: model.pageSize === params.pageSize ? model.page : 0,
          pageSize: model.pageSize,
        })
      }
      sortModel={sortModel}
      onSortModelChange={(model) => {
        const first = model[0];
        onChange({
          sort: first?.field === 'createdAt' ? 'createdAt' : 'provider',
          dir: first?.sort === 'desc' ? 'desc' : 'asc',
          page: 0,
        });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel: 'No credentials match' }}
      getRowHeight={() => 'auto'}
      sx={{ '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center', py: 1 } }}
    />
  );
}
