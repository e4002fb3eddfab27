import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
} from '@mui/material';
import { CellLink } from '../../../components/cell-link.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate, formatDateTime, formatCount } from '../../../lib/format.ts';
import { PAGE_SIZES, type DatasetListParams, type DatasetSort } from '../api/list-params.ts';
import type { SnapshotDatasetRow } from '../api/queries.ts';
import { permissionText } from '../../../lib/permissions.ts';

/** The datasets the viewer can see, to choose one; paging and sorting happen on the server. */
export function DatasetsTable({
  rows,
  total,
  params,
  onChange,
}: {
  rows: SnapshotDatasetRow[];
  total: number;
  params: DatasetListParams;
  onChange: (next: Partial<DatasetListParams>) => void;
}) {
  const sortable = (field: DatasetSort, label: string, align?: 'right') => {
    const active = params.sort === field;
    const direction = active && params.dir === 'DESC' ? 'desc' : 'asc';
    return (
      <TableCell align={align} sortDirection={active ? direction : false}>
        <TableSortLabel
          active={active}
          direction={direction}
          onClick={() =>
            onChange({
              sort: field,
              dir: active && params.dir === 'ASC' ? 'DESC' : 'ASC',
              page: 1,
            })
          }
        >
          {label}
        </TableSortLabel>
      </TableCell>
    );
  };

  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Datasets">
          <TableHead>
            <TableRow>
              {sortable('name', 'Dataset')}
              {sortable('samplesCount', 'Samples', 'right')}
              <TableCell>Your access</TableCell>
              <TableCell align="right">Snapshots</TableCell>
              <TableCell>Latest snapshot</TableCell>
              {sortable('createdAt', 'Created')}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const latest = row.snapshotsPage.nodes[0];
              return (
                // Plain rows and cells with the table's static classes (table-cells.css).
                <tr key={row.id} className="fo-row" data-list-row="">
                  <td className="fo-cell">
                    <CellLink to={paths.snapshots.dataset(row.name)}>{row.name}</CellLink>
                  </td>
                  <td className="fo-cell fo-cell-right">{formatCount(row.samplesCount)}</td>
                  <td className="fo-cell">{permissionText(row.viewer.activePermission)}</td>
                  <td className="fo-cell fo-cell-right">
                    {formatCount(row.snapshotsPage.nodeTotal)}
                  </td>
                  <td className="fo-cell">
                    {latest ? (
                      <>
                        {latest.name}{' '}
                        <span
                          className="fo-text-secondary"
                          title={formatDateTime(latest.createdAt)}
                        >
                          ({formatDate(latest.createdAt)})
                        </span>
                      </>
                    ) : (
                      <span className="fo-text-secondary">None yet</span>
                    )}
                  </td>
                  <td className="fo-cell">{formatDate(row.createdAt)}</td>
                </tr>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePager
        count={total}
        page={Math.min(params.page - 1, Math.max(0, Math.ceil(total / params.pageSize) - 1))}
        pageSize={params.pageSize}
        pageSizes={PAGE_SIZES}
        onPageChange={(next) => onChange({ page: next + 1 })}
        onPageSizeChange={(pageSize) => onChange({ pageSize, page: 1 })}
        sizeLabel="Datasets per page"
      />
    </>
  );
}
