import { Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { SEAT_LABELS, type Seat } from '../../../lib/roles.ts';
import type { Seats } from '../api/queries.ts';

const ORDER: Seat[] = ['users', 'collaborators', 'guests'];

/** The licence: used and remaining seats per category (usersAudit). */
export function SeatsSummary({ seats }: { seats: Seats | null | undefined }) {
  if (!seats) return null;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 3 }} aria-label="Seats">
      {ORDER.map((seat) => {
        const audit = seats[seat];
        if (!audit) return null;
        const limit = audit.current + audit.remaining;
        const percent = limit > 0 ? Math.round((audit.current / limit) * 100) : 100;
        return (
          <Paper key={seat} variant="outlined" sx={{ p: 2, flex: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {SEAT_LABELS[seat]}
            </Typography>
            <Typography variant="h6" component="p">
              {audit.current} of {limit} used
            </Typography>
            <LinearProgress
              variant="determinate"
              value={percent}
              color={audit.remaining === 0 ? 'error' : percent > 85 ? 'warning' : 'primary'}
              aria-label={`${SEAT_LABELS[seat]}: ${audit.remaining} left`}
              sx={{ my: 1 }}
            />
            <Box
              component="span"
              sx={{
                typography: 'body2',
                color: audit.remaining === 0 ? 'error.main' : 'text.secondary',
              }}
            >
              {audit.remaining === 0 ? 'None left' : `${audit.remaining} left`}
            </Box>
          </Paper>
        );
      })}
    </Stack>
  );
}
