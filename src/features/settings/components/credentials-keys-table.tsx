import { Link, Stack, Typography } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { Link as RouterLink } from 'react-router';
import { PagedDataGrid } from '../../../components/paged-data-grid.tsx';
import { RoleChip } from '../../../components/role-chip.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format.ts';
import { PAGE_SIZES, type CredentialsParams } from '../api/credentials-params.ts';
import type { OwnedApiKey } from '../api/credentials-queries.ts';
import { CredentialFlags } from './credentials-flag.tsx';
import { ClampedText } from '../../../components/clamped-text.tsx';

export interface KeyRow extends OwnedApiKey {
  /** Older than the age chosen above the table. */
  stale: boolean;
  flags: string[];
}

/** Every user's API keys, oldest first; each links to its owner's page, where it is deleted. */
export function CredentialsKeysTable({
  rows,
  loading,
  params,
  onChange,
}: {
  rows: KeyRow[];
  loading: boolean;
  params: CredentialsParams;
  onChange: (next: Partial<CredentialsParams>) => void;
}) {
  const columns: TableColumn<KeyRow>[] = [
    {
      field: 'name',
      headerName: 'Key name',
      flex: 1,
      minWidth: 150,
    },
    {
      field: 'owner',
      headerName: 'Owner',
      flex: 1.3,
      minWidth: 200,
      valueGetter: (_value, row) => row.owner.name,
      renderCell: ({ row }) => (
        <Stack sx={{ minWidth: 0 }}>
          <Typography variant="body2">
            <ClampedText lines={1} title={row.owner.name}>
              {row.owner.name}
            </ClampedText>
          </Typography>
          <Typography variant="caption" color="text.secondary">
            <ClampedText lines={1} title={row.owner.email}>
              {row.owner.email}
            </ClampedText>
          </Typography>
        </Stack>
      ),
    },
    {
      field: 'role',
      headerName: 'Role',
      width: 130,
      sortable: false,
      renderCell: ({ row }) => <RoleChip role={row.owner.role} />,
    },
    {
      field: 'createdAt',
      headerName: 'Created',
      width: 130,
      renderCell: ({ row }) => formatDate(row.createdAt),
    },
    {
      field: 'flags',
      headerName: 'Flags',
      flex: 1.2,
      minWidth: 200,
      sortable: false,
      renderCell: ({ row }) => <CredentialFlags flags={row.flags} />,
    },
    {
      field: 'manage',
      headerName: 'Delete',
      width: 150,
      sortable: false,
      renderCell: ({ row }) => (
        <Link
          component={RouterLink}
          to={paths.users.detail(row.owner.id)}
          aria-label={`Delete ${row.name} of ${row.owner.name} on their page`}
        >
          On their page
        </Link>
      ),
    },
  ];
  return (
    <PagedDataGrid
      label="API keys of every user"
      rows={rows}
      columns={columns}
      loading={loading}
      state={params}
      sortFields={['createdAt', 'owner', 'name']}
      pageSizes={PAGE_SIZES}
      noRowsLabel={params.flagged ? 'No key is flagged' : 'Nobody holds an API key'}
      onChange={onChange}
    />
  );
}
