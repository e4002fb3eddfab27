import { Link, Stack, Typography } from '@mui/material';
import type { TableColumn } from '../../../components/table-columns.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { usePageInRange } from '../../../lib/use-page-in-range.ts';
import { RoleChip } from '../../../components/role-chip.tsx';
import { ExportCsvButton } from '../../../components/export-csv-button.tsx';
import { ServerDataGrid } from '../../../components/server-data-grid.tsx';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import { exportAccessReport } from '../api/export-report.ts';
import { accessQueries, type GroupRow, type Person } from '../api/queries.ts';
import {
  GROUPS_PAGE_SIZE,
  PEOPLE_PAGE_SIZE,
  writeReportParams,
  type ReportParams,
} from '../lib/report-params.ts';
import { datasetColumns, WhyButton } from './cell-columns.tsx';
import { ScanProgressLine } from './scan-progress-line.tsx';
import { DEFAULT_ROW, useGroupRows } from './use-group-rows.ts';
import { usePeopleRows } from './use-people-rows.ts';
import { WhyDialog } from './why-dialog.tsx';

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
  onChange: (next: Partial<ReportParams>, options?: { replace?: boolean }) => void;
}) {
  // The same datasets are the same columns, whatever array they arrive in.
  const columnsKey = columnsGiven.join('\u0000');
  const columns = useMemo(() => (columnsKey ? columnsKey.split('\u0000') : []), [columnsKey]);
  const [why, setWhy] = useState<{ dataset: string; person: Person } | null>(null);
  const client = useQueryClient();
  const people = usePeopleRows(params, admin, chosen);
  const groups = useGroupRows(params, admin, chosen);
  // A link to a page past the last: back to the last one there is, in place of the link's entry.
  const peopleMoving = usePageInRange(people.query.error, {
    page: params.page,
    pageSize: PEOPLE_PAGE_SIZE,
    total: people.query.data === undefined ? undefined : people.total,
    goTo: (page) => onChange({ page }, { replace: true }),
  });
  const groupsMoving = usePageInRange(groups.query.error, {
    page: params.gpage,
    pageSize: GROUPS_PAGE_SIZE,
    total: groups.query.data === undefined ? undefined : groups.total,
    goTo: (gpage) => onChange({ gpage }, { replace: true }),
  });
  const request = {
    datasets: columns,
    people: people.rows.map((row) => row.id),
    groups: groups.groups.map((row) => row.id),
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

  const levelText = params.level ? PERMISSION_LABELS[params.level] : '';
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography component="h2" variant="h6" sx={{ flexGrow: 1 }}>
          People
        </Typography>
        <ExportCsvButton
          fileName="access-report"
          noun="people and groups"
          read={(onProgress, signal) =>
            exportAccessReport(client, { params, admin, columns, chosen }, onProgress, signal)
          }
        />
      </Stack>
      {people.progress && (
        <ScanProgressLine
          label="Looking for people at the chosen level"
          noun="people"
          progress={people.progress}
        />
      )}
      {people.query.isError && !peopleMoving && (
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
        noRowsLabel={levelText ? `Nobody has ${levelText} or more here` : 'No people match'}
        onChange={(next) => onChange({ page: next.page ?? 1 })}
      />
      <Typography component="h2" variant="h6">
        Groups and the default
      </Typography>
      {groups.progress && (
        <ScanProgressLine
          label="Looking for groups at the chosen level"
          noun="datasets"
          progress={groups.progress}
        />
      )}
      {groups.query.isError && !groupsMoving && (
        <ErrorState
          what="Loading groups"
          error={groups.query.error}
          onRetry={() => groups.query.refetch()}
        />
      )}
      <ServerDataGrid
        label="Access of groups"
        rows={groups.rows}
        columns={groupColumns}
        total={groups.total}
        loading={groups.query.isFetching || cells.isFetching}
        getRowId={(row) => row.id || 'default'}
        state={{ page: params.gpage, pageSize: GROUPS_PAGE_SIZE, sort: 'name', dir: 'ASC' }}
        sortFields={['name']}
        pageSizes={[GROUPS_PAGE_SIZE]}
        noRowsLabel={levelText ? `No group has ${levelText} or more here` : 'No groups'}
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
