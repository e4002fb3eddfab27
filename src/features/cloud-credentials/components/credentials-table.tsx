import { Stack, Typography } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { PagedDataGrid } from '../../../components/paged-data-grid.tsx';
import { actionsColumn } from '../../../components/row-actions-column.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { describeBuckets } from '../api/buckets.ts';
import { PAGE_SIZES, type CredentialListParams } from '../api/list-params.ts';
import { PROVIDER_LABELS, type Provider } from '../api/providers.ts';
import type { CloudCredential } from '../api/queries.ts';
import { TextChip } from '../../../components/text-chip.tsx';

export interface CredentialRow extends CloudCredential {
  id: string;
}

/** A stable row id: the provider and its set of buckets (what identifies credentials). */
export function rowId(credential: CloudCredential): string {
  return `${credential.provider}:${[...credential.prefixes].sort().join(',')}`;
}

// The columns every list of cloud credentials shows alike (here and Settings › Credentials).

/** The provider, by its full name (sortable: the API sorts by it). */
export function providerColumn<Row extends { provider: Provider }>(): TableColumn<Row> {
  return {
    field: 'provider',
    headerName: 'Provider',
    width: 150,
    valueGetter: (_value, row) => PROVIDER_LABELS[row.provider],
  };
}

/** The buckets a set covers, each a chip, or that it is the provider's default. */
export function bucketsColumn<
  Row extends { provider: Provider; prefixes: readonly string[] },
>(): TableColumn<Row> {
  return {
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
  };
}

/** When a set was made: the day and time, or (in a summary) the day only. */
export function createdColumn<Row extends { createdAt: string }>(
  format: (iso: string) => string = formatDateTime,
  width = 170,
): TableColumn<Row> {
  return {
    field: 'createdAt',
    headerName: 'Created',
    width,
    valueFormatter: (value: string) => format(value),
  };
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
    providerColumn<CredentialRow>(),
    bucketsColumn<CredentialRow>(),
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
    createdColumn<CredentialRow>(),
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
