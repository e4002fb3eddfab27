import { Typography } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { PagedDataGrid } from '../../../components/paged-data-grid.tsx';
import { actionsColumn } from '../../../components/row-actions-column.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { PAGE_SIZES, type SecretListParams } from '../api/list-params.ts';
import type { Secret } from '../api/queries.ts';
import type { UsedBy } from '../api/usage.ts';
import { UsedByChips } from './used-by-chips.tsx';

/**
 * Said wherever secrets are listed: the schema's secret has `createdAt` and nothing newer, so a
 * "last updated" (asked for in issue 13) cannot be shown, and the page says so instead.
 */
export const NO_LAST_UPDATED =
  'No “last updated” date: the API reports when each secret was created, not when it was last updated or its value replaced.';

export interface SecretRow extends Secret {
  usedBy: UsedBy | null | 'loading';
}

// The columns every list of secrets shows alike (here and Settings › Credentials).

/** The secret's key, in monospace and broken anywhere (keys have no spaces to wrap at). */
export function secretKeyColumn<Row extends { key: string }>(): TableColumn<Row> {
  return {
    field: 'key',
    headerName: 'Key',
    flex: 1,
    minWidth: 170,
    renderCell: ({ row }) => <span className="fo-mono">{row.key}</span>,
  };
}

/** When the secret was made (the only date the API has for it): day and time, or the day. */
export function secretCreatedColumn<Row extends { createdAt: string }>(
  format: (iso: string) => string = formatDateTime,
  width = 160,
): TableColumn<Row> {
  return {
    field: 'createdAt',
    headerName: 'Created',
    width,
    valueFormatter: (value: string) => format(value),
  };
}

/** The plugins and orchestrators that use the secret, or that nothing does. */
export function usedByColumn<
  Row extends { usedBy: UsedBy | null | 'loading' },
>(): TableColumn<Row> {
  return {
    field: 'usedBy',
    headerName: 'Used by',
    flex: 1.2,
    minWidth: 190,
    sortable: false,
    renderCell: ({ row }) => <UsedByChips usedBy={row.usedBy} />,
  };
}

/** Sorted by the API (key or created); searched and paged here. State in the URL. */
export function SecretsTable({
  rows,
  loading,
  params,
  onChange,
  onRotate,
  onDescribe,
  onDelete,
}: {
  rows: SecretRow[];
  loading: boolean;
  params: SecretListParams;
  onChange: (next: Partial<SecretListParams>) => void;
  /** Absent when the server cannot replace a value (updateSecret's [ext] `value`). */
  onRotate?: (row: SecretRow) => void;
  onDescribe: (row: SecretRow) => void;
  onDelete: (row: SecretRow) => void;
}) {
  const columns: TableColumn<SecretRow>[] = [
    secretKeyColumn<SecretRow>(),
    {
      field: 'description',
      headerName: 'Description',
      flex: 1.4,
      minWidth: 160,
      sortable: false,
      renderCell: ({ row }) => row.description ?? '—',
    },
    secretCreatedColumn<SecretRow>(),
    usedByColumn<SecretRow>(),
    actionsColumn<SecretRow>(272, (row) => [
      ...(onRotate
        ? [{ label: 'Rotate', ariaLabel: `Rotate ${row.key}`, onClick: () => onRotate(row) }]
        : []),
      { label: 'Describe', ariaLabel: `Describe ${row.key}`, onClick: () => onDescribe(row) },
      {
        label: 'Delete',
        ariaLabel: `Delete ${row.key}`,
        onClick: () => onDelete(row),
        destructive: true,
      },
    ]),
  ];
  return (
    <>
      <PagedDataGrid
        label="Secrets"
        rows={rows}
        columns={columns}
        loading={loading}
        sortingMode="server"
        state={params}
        sortFields={['key', 'createdAt']}
        pageSizes={PAGE_SIZES}
        noRowsLabel="No secret matches"
        onChange={onChange}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {NO_LAST_UPDATED}
      </Typography>
    </>
  );
}
