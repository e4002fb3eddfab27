import { Box, Stack } from '@mui/material';
import { formatCount } from '../../../lib/format.ts';
import { formatSigned } from './format.ts';

export type ChangeKind = 'added' | 'deleted' | 'changed' | 'total';

/** The palette colour of each kind of change, shared by the bars and the chart. */
export const CHANGE_COLORS: Record<ChangeKind, string> = {
  added: 'success.main',
  deleted: 'error.main',
  changed: 'info.main',
  total: 'primary.main',
};

function label(kind: ChangeKind, value: number): string {
  if (kind === 'added') return formatSigned(value, '+');
  if (kind === 'deleted') return formatSigned(value, '−');
  return formatCount(value);
}

/** A count with a small bar scaled to the largest of its column (the bar is decoration). */
export function ChangeCount({
  kind,
  value,
  max,
}: {
  kind: ChangeKind;
  value: number;
  max: number;
}) {
  const share = max > 0 ? Math.max(value / max, value > 0 ? 0.04 : 0) : 0;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
      <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {label(kind, value)}
      </Box>
      <Box
        aria-hidden
        sx={{ width: 48, height: 6, borderRadius: 3, bgcolor: 'action.hover', flexShrink: 0 }}
      >
        <Box
          data-testid={`${kind}-bar`}
          sx={{
            width: `${Math.round(share * 100)}%`,
            height: '100%',
            borderRadius: 3,
            bgcolor: CHANGE_COLORS[kind],
          }}
        />
      </Box>
    </Stack>
  );
}
