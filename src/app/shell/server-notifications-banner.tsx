import { Alert, AlertTitle, Box, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries, type ServerNotification } from '../../features/session/api/viewer.ts';

// The server's global notifications (licence expiry, seat compliance; fiftyone-api.md §15) in
// its own words, above every page. The server sends them to admins only.

const SEVERITY = { INFO: 'info', WARNING: 'warning', ERROR: 'error' } as const;

export function ServerNotificationsBanner() {
  const status = useQuery(sessionQueries.serverStatus());
  const notifications = status.data?.notifications ?? [];
  if (notifications.length === 0) return null;
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
