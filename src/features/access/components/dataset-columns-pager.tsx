import { Button, Stack, Typography } from '@mui/material';

/** Which dataset columns are on screen: DATASET_COLUMNS at a time, with the way to the others. */
export function DatasetColumnsPager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', my: 1 }}>
      <Typography role="status" sx={{ flexGrow: 1 }}>
        {total === 0
          ? 'No datasets'
          : `Datasets ${String(first)}–${String(last)} of ${String(total)}`}
      </Typography>
      <Button size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous datasets
      </Button>
      <Button size="small" disabled={last >= total} onClick={() => onPage(page + 1)}>
        Next datasets
      </Button>
    </Stack>
  );
}
