import { Stack, Typography } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { PagedDataGrid } from '../../../components/paged-data-grid.tsx';
import { actionsColumn } from '../../../components/row-actions-column.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { describeBuckets } from '../api/buckets.ts';
import { PAGE_SIZES, type CredentialListParams } from '../api/list-params.ts';
import { PROVIDER_LABELS } from '../api/providers.ts';
import type { CloudCredential } from '../api/queries.ts';
import { TextChip } from '../../../components/text-chip.tsx';

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
  const columns: TableColumn<CredentialRow>[] = [
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
              <TextChip key={prefix} size="small" label={prefix} />
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
    actionsColumn<CredentialRow>(170, (row) => {
      const name = `${PROVIDER_LABELS[row.provider]} ${describeBuckets(row.provider, row.prefixes)}`;
      return [
        { label: 'Replace', ariaLabel: `Replace ${name}`, onClick: () => onReplace(row) },
        {
          label: 'Delete',
          ariaLabel: `Delete ${name}`,
          onClick: () => onDelete(row),
          destructive: true,
        },
      ];
    }),
  ];
  return (
    <PagedDataGrid
      label="Cloud credentials"
      rows={rows}
      columns={columns}
      state={params}
      sortFields={['provider', 'createdAt']}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No credentials match"
      onChange={onChange}
    />
  );
}
