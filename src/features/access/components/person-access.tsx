import { Alert, Link, Stack, Typography } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { RoleChip } from '../../../components/role-chip.tsx';
import { ServerDataGrid } from '../../../components/server-data-grid.tsx';
import { notify } from '../../../lib/notifications.ts';
import { Button } from '@mui/material';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import { personViewQuery, type PersonDatasetRow } from '../api/person-view.ts';
import { PEOPLE_PAGE_SIZE, writeReportParams, type ReportParams } from '../lib/report-params.ts';
import { summarize } from '../lib/summary.ts';
import { downloadCsv, toCsv } from '../../../lib/csv.ts';
import { WhyButton } from './cell-columns.tsx';
import { WhyDialog } from './why-dialog.tsx';

/** "Everything <person> can access, and why": one row per dataset they reach. */
export function PersonAccess({
  params,
  admin,
  onChange,
}: {
  params: ReportParams;
  admin: boolean;
  onChange: (next: Partial<ReportParams>) => void;
}) {
  const [why, setWhy] = useState<string | null>(null);
  const view = useQuery(
    personViewQuery({
      admin,
      person: params.person,
      datasets: params.datasets,
      page: params.page,
      pageSize: PEOPLE_PAGE_SIZE,
    }),
  );
  const person = view.data?.person ?? null;
  const back = `?${writeReportParams({ ...params, person: '', page: 1 }).toString()}`;
  // Stable columns: the table redraws its cells only when the person changes.
  const columns = useMemo<TableColumn<PersonDatasetRow>[]>(
    () => [
      { field: 'name', headerName: 'Dataset', minWidth: 200, flex: 1, sortable: false },
      {
        field: 'access',
        headerName: 'Access',
        width: 150,
        sortable: false,
        renderCell: ({ row }) =>
          person && (
            <WhyButton
              name={person.name}
              dataset={row.name}
              level={row.explanation.effective}
              onWhy={() => setWhy(row.name)}
            />
          ),
      },
      {
        field: 'why',
        headerName: 'Why',
        minWidth: 300,
        flex: 2,
        sortable: false,
        valueGetter: (_value, row) => (person ? summarize(row.explanation, person.role) : ''),
      },
    ],
    [person],
  );
  if (view.isError) {
    return (
      <ErrorState
        what="Loading this person's access"
        error={view.error}
        onRetry={() => view.refetch()}
      />
    );
  }
  if (view.isSuccess && !person) {
    return (
      <Alert severity="info">
        No one you can report on has this id.{' '}
        <Link component={RouterLink} to={back}>
          Back to everyone
        </Link>
      </Alert>
    );
  }
  const exportCsv = () => {
    if (!person || !view.data) return;
    const rows = view.data.rows.map((row) => [
      row.name,
      PERMISSION_LABELS[row.explanation.effective],
      summarize(row.explanation, person.role),
    ]);
    const fileName = downloadCsv(
      `access-of-${person.name}`,
      toCsv([['Dataset', 'Access', 'Why'], ...rows]),
    );
    notify(`Exported ${String(rows.length)} datasets to ${fileName}`);
  };
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography component="h2" variant="h6" sx={{ flexGrow: 1 }}>
          {person ? `Everything ${person.name} can access, and why` : 'Loading…'}
        </Typography>
        {person && <RoleChip role={person.role} />}
        <Button variant="outlined" onClick={exportCsv} disabled={!view.data}>
          Export CSV
        </Button>
      </Stack>
      <Link component={RouterLink} to={back}>
        Back to everyone
      </Link>
      <ServerDataGrid
        label={person ? `Datasets ${person.name} can access` : 'Datasets'}
        rows={view.data?.rows ?? []}
        columns={columns}
        total={view.data?.total ?? 0}
        loading={view.isFetching}
        state={{ page: params.page, pageSize: PEOPLE_PAGE_SIZE, sort: 'name', dir: 'ASC' }}
        sortFields={['name']}
        pageSizes={[PEOPLE_PAGE_SIZE]}
        noRowsLabel="No access to any of these datasets"
        onChange={(next) => onChange({ page: next.page ?? 1 })}
      />
      {why && person && <WhyDialog dataset={why} person={person} onClose={() => setWhy(null)} />}
    </Stack>
  );
}
