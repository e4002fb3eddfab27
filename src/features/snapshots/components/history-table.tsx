import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Tooltip,
  Typography,
} from '@mui/material';
import { TablePager } from '../../../components/table-pager.tsx';
import { Link as RouterLink, useLocation } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { PAGE_SIZES, type HistoryParams } from '../api/list-params.ts';
import type { Snapshot } from '../api/queries.ts';
import { ChangeCount, type ChangeKind } from './change-count.tsx';
import { SnapshotStatus } from './status-chips.tsx';

export interface HistoryRow {
  /** 1-based position in creation order. */
  position: number;
  snapshot: Snapshot;
}

/** The history's rows after the search box, in the chosen order (all pages). */
export function filterHistory(snapshots: readonly Snapshot[], params: HistoryParams): HistoryRow[] {
  const term = params.q.toLowerCase();
  const rows = snapshots
    .map((snapshot, index) => ({ position: index + 1, snapshot }))
    .filter(
      ({ snapshot }) =>
        !term ||
        [snapshot.name, snapshot.description, snapshot.createdBy?.name, snapshot.createdBy?.email]
          .filter((text): text is string => typeof text === 'string')
          .some((text) => text.toLowerCase().includes(term)),
    );
  return params.dir === 'DESC' ? rows.reverse() : rows;
}

const KINDS: { kind: ChangeKind; header: string; read: (s: Snapshot) => number }[] = [
  { kind: 'added', header: 'Added', read: (s) => s.linearChangeSummary?.numSamplesAdded ?? 0 },
  {
    kind: 'deleted',
    header: 'Deleted',
    read: (s) => s.linearChangeSummary?.numSamplesDeleted ?? 0,
  },
  {
    kind: 'changed',
    header: 'Changed',
    read: (s) => s.linearChangeSummary?.numSamplesChanged ?? 0,
  },
  { kind: 'total', header: 'Total', read: (s) => s.linearChangeSummary?.totalSamples ?? 0 },
];

/** Every snapshot with its change summary; search, order and paging are in the URL. */
export function HistoryTable({
  datasetName,
  snapshots,
  params,
  onChange,
  selected,
  archivals,
}: {
  datasetName: string;
  snapshots: readonly Snapshot[];
  params: HistoryParams;
  onChange: (next: Partial<HistoryParams>) => void;
  selected: string | null;
  archivals: ReadonlyMap<string, 'archiving' | 'unarchiving'>;
}) {
  const location = useLocation();
  const rows = filterHistory(snapshots, params);
  const lastPage = Math.max(1, Math.ceil(rows.length / params.pageSize));
  const page = Math.min(params.page, lastPage);
  const visible = rows.slice((page - 1) * params.pageSize, page * params.pageSize);
  // Bars compare each snapshot with the largest of its column across the whole history.
  const max = Object.fromEntries(
    KINDS.map(({ kind, read }) => [kind, Math.max(0, ...snapshots.map(read))]),
  );

  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Snapshot history">
          <TableHead>
            <TableRow>
              <TableCell>#</TableCell>
              <TableCell>Snapshot</TableCell>
              <TableCell sortDirection={params.dir === 'DESC' ? 'desc' : 'asc'}>
                <TableSortLabel
                  active
                  direction={params.dir === 'DESC' ? 'desc' : 'asc'}
                  onClick={() => onChange({ dir: params.dir === 'DESC' ? 'ASC' : 'DESC', page: 1 })}
                >
                  Created
                </TableSortLabel>
              </TableCell>
              <TableCell>Status</TableCell>
              {KINDS.map(({ kind, header }) => (
                <TableCell key={kind} align="right">
                  {header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {visible.map(({ position, snapshot }) => {
              const isSelected = snapshot.name === selected;
              return (
                <TableRow key={snapshot.id} selected={isSelected} hover data-list-row="">
                  <TableCell>{position}</TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>
                    <Link
                      component={RouterLink}
                      to={{
                        pathname: paths.snapshots.snapshot(datasetName, snapshot.name),
                        search: location.search,
                      }}
                      aria-current={isSelected ? 'true' : undefined}
                      sx={{ fontWeight: 500 }}
                    >
                      {snapshot.name}
                    </Link>
                    {snapshot.description && (
                      <Typography variant="body2" color="text.secondary" noWrap>
                        {snapshot.description}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={formatDateTime(snapshot.createdAt)}>
                      <span>{formatDate(snapshot.createdAt)}</span>
                    </Tooltip>
                    <Typography variant="body2" color="text.secondary">
                      {snapshot.createdBy?.name ?? 'Removed user'}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <SnapshotStatus snapshot={snapshot} archival={archivals.get(snapshot.name)} />
                  </TableCell>
                  {KINDS.map(({ kind, read }) => (
                    <TableCell key={kind} align="right">
                      <ChangeCount kind={kind} value={read(snapshot)} max={max[kind] ?? 0} />
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
            {visible.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>No snapshot matches “{params.q}”.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePager
        count={rows.length}
        page={page - 1}
        pageSize={params.pageSize}
        pageSizes={PAGE_SIZES}
        onPageChange={(next) => onChange({ page: next + 1 })}
        onPageSizeChange={(pageSize) => onChange({ pageSize, page: 1 })}
        sizeLabel="Snapshots per page"
      />
    </>
  );
}
