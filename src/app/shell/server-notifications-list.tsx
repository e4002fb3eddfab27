import { Alert, AlertTitle, Box, Stack } from '@mui/material';
import type { ServerNotification } from '../../features/session/api/viewer.ts';

const SEVERITY = { INFO: 'info', WARNING: 'warning', ERROR: 'error' } as const;

/** The server's notices, one alert each (loaded only when there is one: see the banner). */
export function ServerNotificationsList({
  notifications,
}: {
  notifications: readonly ServerNotification[];
}) {
  return (
    <Stack spacing={1} sx={{ mb: 2 }} component="section" aria-label="Notices from the server">
      {notifications.map((notification) => (
        <NotificationAlert key={notification.code} notification={notification} />
      ))}
    </Stack>
  );
}

function NotificationAlert({ notification }: { notification: ServerNotification }) {
  const details = notification.details ?? [];
  return (
    <Alert severity={SEVERITY[notification.level]} role="status">
      <AlertTitle>{notification.title}</AlertTitle>
      {details.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Box>
      )}
    </Alert>
  );
}
