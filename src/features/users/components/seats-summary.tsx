import { Box, LinearProgress, Paper, Typography } from '@mui/material';
import { formatCount } from '../../../lib/format.ts';
import { SEAT_LABELS, type Seat } from '../../../lib/roles.ts';
import type { Seats } from '../api/queries.ts';

const ORDER: Seat[] = ['users', 'collaborators', 'guests'];

/** The licence: used and remaining seats per category (usersAudit). */
export function SeatsSummary({ seats }: { seats: Seats | null | undefined }) {
  if (!seats) return null;
  return (
    <Box
      sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, gap: 2, mb: 3 }}
      aria-label="Seats"
    >
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
              {formatCount(audit.current)} of {formatCount(limit)} used
            </Typography>
            <LinearProgress
              variant="determinate"
              value={percent}
              color={audit.remaining === 0 ? 'error' : percent > 85 ? 'warning' : 'primary'}
              aria-label={`${SEAT_LABELS[seat]}: ${formatCount(audit.remaining)} left`}
              sx={{ my: 1 }}
            />
            <Box
              component="span"
              sx={{
                typography: 'body2',
                color: audit.remaining === 0 ? 'error.main' : 'text.secondary',
              }}
            >
              {audit.remaining === 0 ? 'None left' : `${formatCount(audit.remaining)} left`}
            </Box>
          </Paper>
        );
      })}
    </Box>
  );
}
