import { Alert, Stack } from '@mui/material';
import { useEffect } from 'react';
import { dismissNotification, type Notification } from '../lib/notifications.ts';

/** How long a success, info or warning toast stays; errors stay until dismissed. */
const HIDE_AFTER_MS = 5000;

/** Every current toast at once, newest at the bottom, each hiding on its own timer. */
export function NotificationStack({ notifications }: { notifications: Notification[] }) {
  return (
    <Stack
      spacing={1}
      sx={{
        position: 'fixed',
        bottom: 24,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: (theme) => theme.zIndex.snackbar,
        width: 'max-content',
        maxWidth: 'calc(100vw - 32px)',
      }}
    >
      {notifications.map((notification) => (
        <NotificationToast key={notification.id} notification={notification} />
      ))}
    </Stack>
  );
}

function NotificationToast({ notification }: { notification: Notification }) {
  const { id, severity } = notification;
  useEffect(() => {
    if (severity === 'error') return;
    const timer = window.setTimeout(() => dismissNotification(id), HIDE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [id, severity]);
  return (
    <Alert
      severity={severity}
      variant="filled"
      elevation={6}
      onClose={() => dismissNotification(id)}
    >
      {notification.message}
    </Alert>
  );
}
