import { Box, Button, LinearProgress, Link, Stack, Typography } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { RoleChip } from '../../../components/role-chip.tsx';
import { ServerDataGrid } from '../../../components/server-data-grid.tsx';
import { notify } from '../../../lib/notifications.ts';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import { accessQueries, type Person } from '../api/queries.ts';
import { matrixRows } from '../lib/report-csv.ts';
import {
  GROUPS_PAGE_SIZE,
  PEOPLE_PAGE_SIZE,
  writeReportParams,
  type ReportParams,
} from '../lib/report-params.ts';
import { downloadCsv, toCsv } from '../../../lib/csv.ts';
import { datasetColumns, WhyButton } from './cell-columns.tsx';
import { usePeopleRows } from './use-people-rows.ts';
import { WhyDialog } from './why-dialog.tsx';

interface GroupRow {
  id: string;
  name: string;
}
/** The row that stands for every member reached only by each dataset's default. */
const DEFAULT_ROW: GroupRow = { id: '', name: 'Members by default' };

/**
 * People and groups × the datasets on screen, each cell the effective permission the API
 * computes (people) or the group's grant (groups), read in one request per screen.
 */
export function AccessMatrix({
  params,
  admin,
  columns: columnsGiven,
  chosen,
  onChange,
}: {
  params: ReportParams;
  admin: boolean;
  /** The dataset names on screen. */
  columns: readonly string[];
  /** Every chosen dataset (the level filter looks at all of them). */
  chosen: readonly string[];
  onChange: (next: Partial<ReportParams>) => void;
}) {
  // The same datasets are the same columns, whatever array they arrive in.
  const columnsKey = columnsGiven.join('\u0000');
  const columns = useMemo(() => (columnsKey ? columnsKey.split('\u0000') : []), [columnsKey]);
  const [why, setWhy] = useState<{ dataset: string; person: Person } | null>(null);
  const people = usePeopleRows(params, admin, chosen);
  const groups = useQuery(accessQueries.groups(admin, params.gpage, GROUPS_PAGE_SIZE));
  const groupRows = useMemo(() => groups.data?.rows ?? [], [groups.data]);
  const groupTableRows = useMemo(
    () => (params.gpage === 1 ? [DEFAULT_ROW, ...groupRows] : groupRows),
    [params.gpage, groupRows],
  );
  const request = {
    datasets: columns,
    people: people.rows.map((row) => row.id),
    groups: groupRows.map((row) => row.id),
  };
  const cells = useQuery({
    ...accessQueries.cells(request),
    enabled: request.people.length + request.groups.length > 0,
  });
  const ready = cells.data && !cells.isPlaceholderData ? cells.data : undefined;

  // Stable columns: the table redraws its cells only when what they show changes.
  const search = writeReportParams(params).toString();
  const personColumns = useMemo<TableColumn<Person>[]>(
    () => [
      {
        field: 'name',
        headerName: 'Person',
        minWidth: 200,
        flex: 1.5,
        sortable: false,
        renderCell: ({ row }) => (
          <Link
            component={RouterLink}
            to={personLink(search, row.id)}
            title={`Everything ${row.name} can access, and why`}
          >
            {row.name}
          </Link>
        ),
      },
      {
        field: 'role',
        headerName: 'Role',
        width: 130,
        sortable: false,
        renderCell: ({ row }) => <RoleChip role={row.role} />,
      },
      ...datasetColumns<Person>(
        columns,
        ready,
        (column, row) => column.people.get(row.id) ?? 'NO_ACCESS',
        (dataset, row, level) => (
          <WhyButton
            name={row.name}
            dataset={dataset}
            level={level ?? 'NO_ACCESS'}
            onWhy={() => setWhy({ dataset, person: row })}
          />
        ),
      ),
    ],
    [search, columns, ready],
  );
  const groupColumns = useMemo<TableColumn<GroupRow>[]>(
    () => [
      { field: 'name', headerName: 'Group', minWidth: 200, flex: 1.5, sortable: false },
      ...datasetColumns<GroupRow>(
        columns,
        ready,
        (column, row) =>
          row === DEFAULT_ROW ? column.defaultPermission : (column.groups.get(row.id) ?? null),
        (_dataset, _row, level) => (level ? PERMISSION_LABELS[level] : 'No grant'),
      ),
    ],
    [columns, ready],
  );

  const exportCsv = () => {
    if (!ready) return;
    const fileName = downloadCsv(
      'access-report',
      toCsv(matrixRows(columns, people.rows, groupRows, ready)),
    );
    notify(
      `Exported ${String(people.rows.length)} people and ${String(groupRows.length)} groups to ${fileName}`,
    );
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography component="h2" variant="h6" sx={{ flexGrow: 1 }}>
          People
        </Typography>
        <Button variant="outlined" onClick={exportCsv} disabled={!ready}>
          Export CSV
        </Button>
      </Stack>
      {people.progress && (
        <Box>
          <LinearProgress
            variant={people.progress.of > 0 ? 'determinate' : 'indeterminate'}
            value={
              people.progress.of > 0 ? (100 * people.progress.scanned) / people.progress.of : 0
            }
            aria-label="Looking for people at the chosen level"
          />
          <Typography variant="body2" role="status">
            Checked {people.progress.scanned} of {people.progress.of || '…'} people
          </Typography>
        </Box>
      )}
      {people.query.isError && (
        <ErrorState
          what="Loading people"
          error={people.query.error}
          onRetry={() => people.query.refetch()}
        />
      )}
      {cells.isError && (
        <ErrorState what="Loading access" error={cells.error} onRetry={() => cells.refetch()} />
      )}
      <ServerDataGrid
        label="Access of people"
        rows={people.rows}
        columns={personColumns}
        total={people.total}
        loading={people.query.isFetching || cells.isFetching}
        state={{ page: params.page, pageSize: PEOPLE_PAGE_SIZE, sort: 'name', dir: 'ASC' }}
        sortFields={['name']}
        pageSizes={[PEOPLE_PAGE_SIZE]}
        noRowsLabel={
          params.level
            ? `Nobody has ${PERMISSION_LABELS[params.level]} or more here`
            : 'No people match'
        }
        onChange={(next) => onChange({ page: next.page ?? 1 })}
      />
      <Typography component="h2" variant="h6">
        Groups and the default
      </Typography>
      {groups.isError && (
        <ErrorState what="Loading groups" error={groups.error} onRetry={() => groups.refetch()} />
      )}
      <ServerDataGrid
        label="Access of groups"
        rows={groupTableRows}
        columns={groupColumns}
        total={(groups.data?.total ?? 0) + 1}
        loading={groups.isFetching || cells.isFetching}
        getRowId={(row) => row.id || 'default'}
        state={{ page: params.gpage, pageSize: GROUPS_PAGE_SIZE, sort: 'name', dir: 'ASC' }}
        sortFields={['name']}
        pageSizes={[GROUPS_PAGE_SIZE]}
        noRowsLabel="No groups"
        onChange={(next) => onChange({ gpage: next.page ?? 1 })}
      />
      {why && <WhyDialog dataset={why.dataset} person={why.person} onClose={() => setWhy(null)} />}
    </Stack>
  );
}

/** The link from a person's row to everything they can access (the report's other filters kept). */
function personLink(search: string, personId: string): string {
  const next = new URLSearchParams(search);
  next.set('person', personId);
  next.delete('page');
  return `?${next.toString()}`;
}
