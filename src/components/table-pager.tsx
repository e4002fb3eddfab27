import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import { Box, IconButton, InputBase, NativeSelect } from '@mui/material';
import { useId } from 'react';
import { formatCount } from '../lib/format.ts';

export interface TablePagerProps {
  count: number;
  /** 0-based. */
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  onPageChange: (page: number) => void;
  /** Absent when the size is fixed: no size choice is shown. */
  onPageSizeChange?: (pageSize: number) => void;
  /** The size choice's label, "Rows per page:" unless the rows are named. */
  sizeLabel?: string;
}

/**
 * A table's paging line, as MUI's TablePagination lays it out ("Rows per page: [25] 1–25 of
 * 10,000 ‹ ›") with the same names for assistive technology, but light for a list's first view:
 * the size is a native select (no menu, popover or modal code) and the count needs no `Intl`.
 */
export function TablePager({
  count,
  page,
  pageSize,
  pageSizes,
  onPageChange,
  onPageSizeChange,
  sizeLabel = 'Rows per page:',
}: TablePagerProps) {
  const selectId = useId();
  const lastPage = Math.max(0, Math.ceil(count / pageSize) - 1);
  const from = count === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(count, (page + 1) * pageSize);
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'flex-end',
        columnGap: 2,
        minHeight: 52,
        px: 2,
        typography: 'body2',
      }}
    >
      {onPageSizeChange && pageSizes.length > 1 && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <label htmlFor={selectId}>{sizeLabel}</label>
          <NativeSelect
            id={selectId}
            value={pageSize}
            onChange={(event) => onPageSizeChange(Number(event.target.value))}
            input={<InputBase sx={{ fontSize: 'inherit' }} />}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </NativeSelect>
        </Box>
      )}
      <p style={{ margin: 0 }}>
        {formatCount(from)}–{formatCount(to)} of {formatCount(count)}
      </p>
      <Box sx={{ display: 'flex' }}>
        <IconButton
          aria-label="Go to previous page"
          title="Go to previous page"
          disabled={page <= 0}
          onClick={() => onPageChange(page - 1)}
        >
          <KeyboardArrowLeft />
        </IconButton>
        <IconButton
          aria-label="Go to next page"
          title="Go to next page"
          disabled={page >= lastPage}
          onClick={() => onPageChange(page + 1)}
        >
          <KeyboardArrowRight />
        </IconButton>
      </Box>
    </Box>
  );
}
