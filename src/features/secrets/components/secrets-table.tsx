import { Button, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { formatDateTime } from '../../../lib/format.ts';
import { PAGE_SIZES, type SecretListParams } from '../api/list-params.ts';
import type { Secret } from '../api/queries.ts';
import type { UsedBy } from '../api/usage.ts';
import { UsedByChips } from './used-by-chips.tsx';

export interface SecretRow extends Secret {
  usedBy: UsedBy | null | 'loading';
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
  onRotate: (row: SecretRow) => void;
  onDescribe: (row: SecretRow) => void;
  onDelete: (row: SecretRow) => void;
}) {
  const columns: GridColDef<SecretRow>[] = [
    {
      field: 'key',
      headerName: 'Key',
      flex: 1,
      minWidth: 200,
      renderCell: ({ row }) => (
        <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {row.key}
        </Typography>
      ),
    },
    {
      field: 'description',
      headerName: 'Description',
      flex: 1.4,
      minWidth: 180,
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
      width: 160,
      valueFormatter: (value: string) => formatDateTime(value),
    },
    {
      field: 'usedBy',
      headerName: 'Used by',
      flex: 1.2,
      minWidth: 190,
      sortable: false,
      renderCell: ({ row }) => <UsedByChips usedBy={row.usedBy} />,
    },
    {
      field: 'actions',
      headerName: 'Actions',
      width: 240,
      sortable: false,
      align: 'right',
      headerAlign: 'right',
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button size="small" onClick={() => onRotate(row)} aria-label={`Rotate ${row.key}`}>
            Rotate
          </Button>
          <Button size="small" onClick={() => onDescribe(row)} aria-label={`Describe ${row.key}`}>
            Describe
          </Button>
          <Button
            size="small"
            color="error"
            onClick={() => onDelete(row)}
            aria-label={`Delete ${row.key}`}
          >
            Delete
          </Button>
        </Stack>
      ),
    },
  ];
  const sortModel: GridSortModel = [{ field: params.sort, sort: params.dir }];
  return (
    <DataGrid
      label="Secrets"
      rows={rows}
      columns={columns}
      loading={loading}
      sortingMode="server"
      disableColumnFilter
      disableRowSelectionOnClick
      getRowHeight={() => 'auto'}
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
          sort: first?.field === 'createdAt' ? 'createdAt' : 'key',
          dir: first?.sort === 'desc' ? 'desc' : 'asc',
          page: 0,
        });
      }}
      sortingOrder={['asc', 'desc']}
      autoHeight
      density="compact"
      localeText={{ noRowsLabel: 'No secret matches' }}
      sx={{ '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center', py: 1 } }}
    />
  );
}
