import { lazy, Suspense, useSyncExternalStore } from 'react';
import { getNotifications, subscribeNotifications } from '../lib/notifications.ts';

// The toast (Snackbar, Alert) loads with the first notification, not with the first page.
const NotificationToast = lazy(() =>
  import('./notification-toast.tsx').then((module) => ({ default: module.NotificationToast })),
);

export function NotificationsHost() {
  const notifications = useSyncExternalStore(subscribeNotifications, getNotifications);
  const current = notifications[0];
  if (!current) return null;
  return (
    <Suspense fallback={null}>
      <NotificationToast key={current.id} notification={current} />
    </Suspense>
  );
}
