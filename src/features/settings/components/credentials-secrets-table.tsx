import { Link } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { PagedDataGrid, type PagedGridState } from '../../../components/paged-data-grid.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Secret } from '../../secrets/api/queries.ts';
import type { UsedBy } from '../../secrets/api/usage.ts';
import {
  secretCreatedColumn,
  secretKeyColumn,
  usedByColumn,
} from '../../secrets/components/secrets-table.tsx';
import { CredentialFlags } from './credentials-flag.tsx';

export interface SecretRow extends Secret {
  usedBy: UsedBy | null | 'loading';
  flags: string[];
}

type SecretSort = 'key' | 'createdAt';
const PAGE_SIZES = [10, 25, 50] as const;

/** Where a secret is rotated or deleted: the secrets page, searched for it. */
export function secretLink(key: string): string {
  return `${paths.secrets.list()}?${new URLSearchParams({ q: key }).toString()}`;
}

/** The secrets (never their values), who uses each, and a link to where each is rotated. */
export function CredentialsSecretsTable({ rows }: { rows: SecretRow[] }) {
  // The keys table owns the URL; this short list keeps its view to itself.
  const [state, setState] = useState<PagedGridState<SecretSort>>({
    page: 0,
    pageSize: 10,
    sort: 'key',
    dir: 'asc',
  });
  const columns: TableColumn<SecretRow>[] = [
    secretKeyColumn<SecretRow>(),
    secretCreatedColumn<SecretRow>(formatDate, 130),
    usedByColumn<SecretRow>(),
    {
      field: 'flags',
      headerName: 'Flags',
      width: 150,
      sortable: false,
      renderCell: ({ row }) => <CredentialFlags flags={row.flags} />,
    },
    {
      field: 'manage',
      headerName: 'Rotate or delete',
      width: 150,
      sortable: false,
      renderCell: ({ row }) => (
        <Link
          component={RouterLink}
          to={secretLink(row.key)}
          aria-label={`Rotate or delete ${row.key} on the secrets page`}
        >
          On the secrets page
        </Link>
      ),
    },
  ];
  return (
    <PagedDataGrid
      label="Secrets"
      rows={rows}
      columns={columns}
      state={state}
      sortFields={['key', 'createdAt']}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No secrets"
      onChange={(next) => setState((current) => ({ ...current, ...next }))}
    />
  );
}
