import { lazy, Suspense, useSyncExternalStore } from 'react';
import { getNotifications, subscribeNotifications } from '../lib/notifications.ts';

// The toasts (Alert) load with the first notification, not with the first page.
const NotificationStack = lazy(() =>
  import('./notification-toast.tsx').then((module) => ({ default: module.NotificationStack })),
);

export function NotificationsHost() {
  const notifications = useSyncExternalStore(subscribeNotifications, getNotifications);
  if (notifications.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <NotificationStack notifications={notifications} />
    </Suspense>
  );
}
