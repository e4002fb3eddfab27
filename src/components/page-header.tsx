import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { ClampedText } from './clamped-text.tsx';

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ mb: 3, alignItems: { sm: 'flex-start' } }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography variant="h4" component="h1" sx={{ fontSize: '1.75rem', fontWeight: 600 }}>
          {/* A name of any length takes at most three lines; hovering shows all of it. */}
          <ClampedText lines={3} title={typeof title === 'string' ? title : undefined}>
            {title}
          </ClampedText>
        </Typography>
        {subtitle && (
          <Typography
            component="div"
            color="text.secondary"
            sx={{ mt: 0.5, minWidth: 0, overflowWrap: 'anywhere' }}
          >
            {subtitle}
          </Typography>
        )}
      </Box>
      {actions && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexShrink: 0, flexWrap: 'wrap' }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
