import { useSyncExternalStore } from 'react';
import { lazyComponent } from '../lib/lazy-component.tsx';
import { getNotifications, subscribeNotifications } from '../lib/notifications.ts';

// The toasts (Alert) load with the first notification, not with the first page.
const NotificationStack = lazyComponent(() =>
  import('./notification-toast.tsx').then((module) => module.NotificationStack),
);

export function NotificationsHost() {
  const notifications = useSyncExternalStore(subscribeNotifications, getNotifications);
  if (notifications.length === 0) return null;
  return <NotificationStack notifications={notifications} />;
}
