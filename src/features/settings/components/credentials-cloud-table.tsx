import { Link } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { PagedDataGrid, type PagedGridState } from '../../../components/paged-data-grid.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import { PROVIDER_SHORT } from '../../cloud-credentials/api/providers.ts';
import {
  bucketsColumn,
  createdColumn,
  providerColumn,
} from '../../cloud-credentials/components/credentials-table.tsx';
import type { InventoryCloudCredential } from '../api/credentials-queries.ts';
import { CredentialFlags } from './credentials-flag.tsx';

export interface CloudRow extends InventoryCloudCredential {
  id: string;
  flags: string[];
}

type CloudSort = 'provider' | 'createdAt';
const PAGE_SIZES = [10, 25, 50] as const;

/** The provider and the buckets a set covers, as a person names it. */
export function cloudSetName(set: Pick<InventoryCloudCredential, 'provider' | 'prefixes'>) {
  const provider = PROVIDER_SHORT[set.provider];
  return set.prefixes.length === 0
    ? `${provider} default`
    : `${provider} ${set.prefixes.join(', ')}`;
}

/** The cloud credentials (never the credentials themselves) and where each is replaced. */
export function CredentialsCloudTable({ rows }: { rows: CloudRow[] }) {
  const [state, setState] = useState<PagedGridState<CloudSort>>({
    page: 0,
    pageSize: 10,
    sort: 'provider',
    dir: 'asc',
  });
  const columns: TableColumn<CloudRow>[] = [
    providerColumn<CloudRow>(),
    bucketsColumn<CloudRow>(),
    createdColumn<CloudRow>(formatDate, 130),
    {
      field: 'flags',
      headerName: 'Flags',
      flex: 1,
      minWidth: 200,
      sortable: false,
      renderCell: ({ row }) => <CredentialFlags flags={row.flags} />,
    },
    {
      field: 'manage',
      headerName: 'Replace or delete',
      width: 170,
      sortable: false,
      renderCell: ({ row }) => (
        <Link
          component={RouterLink}
          to={paths.settings.cloudCredentials()}
          aria-label={`Replace or delete ${cloudSetName(row)} in Cloud credentials`}
        >
          In Cloud credentials
        </Link>
      ),
    },
  ];
  return (
    <PagedDataGrid
      label="Cloud credentials"
      rows={rows}
      columns={columns}
      state={state}
      sortFields={['provider', 'createdAt']}
      pageSizes={PAGE_SIZES}
      noRowsLabel="No cloud credentials"
      onChange={(next) => setState((current) => ({ ...current, ...next }))}
    />
  );
}
