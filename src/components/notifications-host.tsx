import { Alert, Snackbar } from '@mui/material';
import { useSyncExternalStore } from 'react';
import {
  dismissNotification,
  getNotifications,
  subscribeNotifications,
} from '../lib/notifications.ts';

export function NotificationsHost() {
  const notifications = useSyncExternalStore(subscribeNotifications, getNotifications);
  const current = notifications[0];
  if (!current) return null;
  return (
    <Snackbar
      key={current.id}
      open
      autoHideDuration={current.severity === 'error' ? null : 5000}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') dismissNotification(current.id);
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={current.severity}
        variant="filled"
        onClose={() => dismissNotification(current.id)}
      >
        {current.message}
      </Alert>
    </Snackbar>
  );
}
