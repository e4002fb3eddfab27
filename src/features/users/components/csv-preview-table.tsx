import {
  Box,
  Button,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { TablePager } from '../../../components/table-pager.tsx';
import { useState } from 'react';
import type { CsvInviteCheck } from '../api/csv-invites.ts';

/** Rows drawn per page: a 10,000-row file is previewed a page at a time, never all at once. */
const PAGE_SIZE = 50;

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** The checked rows of an import, each with its verdict and a button to drop or keep it. */
export function CsvPreviewTable({
  checks,
  dropped,
  ready,
  onToggle,
}: {
  checks: readonly CsvInviteCheck[];
  dropped: ReadonlySet<number>;
  ready: number;
  onToggle: (line: number) => void;
}) {
  const [page, setPage] = useState(0);
  const problems = checks.filter((check) => !check.ok).length;
  const shown = checks.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <>
      <Typography role="status" sx={{ mt: 2 }}>
        {`${checks.length.toLocaleString('en')} rows: ${ready.toLocaleString('en')} ready to invite, ${problems.toLocaleString('en')} with a problem, ${dropped.size.toLocaleString('en')} dropped.`}
      </Typography>
      <Table size="small" aria-label="Rows to invite">
        <TableHead>
          <TableRow>
            <TableCell>Line</TableCell>
            <TableCell>E-mail</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Groups</TableCell>
            <TableCell>Check</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((check) => {
            const isDropped = dropped.has(check.line);
            return (
              <TableRow key={check.line}>
                <TableCell>{check.line}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{check.email || '—'}</TableCell>
                <TableCell>{check.roleText || '—'}</TableCell>
                <TableCell>{check.groups.join(', ')}</TableCell>
                <TableCell>
                  {isDropped ? (
                    <Chip size="small" label="Dropped" />
                  ) : check.ok ? (
                    <Chip size="small" color="success" label="Ready" />
                  ) : (
                    <Typography variant="body2" color="warning.main">
                      {check.problem}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  {check.ok && (
                    <Button
                      size="small"
                      onClick={() => onToggle(check.line)}
                      aria-label={`${isDropped ? 'Keep' : 'Drop'} line ${check.line}: ${check.email}`}
                    >
                      {isDropped ? 'Keep' : 'Drop'}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {checks.length > PAGE_SIZE && (
        <TablePager
          count={checks.length}
          page={page}
          pageSize={PAGE_SIZE}
          pageSizes={[PAGE_SIZE]}
          onPageChange={setPage}
        />
      )}
    </>
  );
}
