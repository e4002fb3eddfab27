import { Alert, Snackbar } from '@mui/material';
import { dismissNotification, type Notification } from '../lib/notifications.ts';

export function NotificationToast({ notification }: { notification: Notification }) {
  return (
    <Snackbar
      open
      autoHideDuration={notification.severity === 'error' ? null : 5000}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') dismissNotification(notification.id);
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notification.severity}
        variant="filled"
        onClose={() => dismissNotification(notification.id)}
      >
        {notification.message}
      </Alert>
    </Snackbar>
  );
}
