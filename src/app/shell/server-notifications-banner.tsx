import { useQuery } from '@tanstack/react-query';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { sessionQueries } from '../../features/session/api/viewer.ts';

// The server's global notifications (licence expiry, seat compliance; fiftyone-api.md §15) in
// its own words, above every page. The server sends them to admins only, and most days there are
// none: the alerts' code (MUI's Alert, ~6 kB gzip with its icons) loads only when there is one.
const ServerNotificationsList = lazyComponent(() =>
  import('./server-notifications-list.tsx').then((module) => module.ServerNotificationsList),
);

export function ServerNotificationsBanner() {
  const status = useQuery(sessionQueries.serverStatus());
  const notifications = status.data?.notifications ?? [];
  if (notifications.length === 0) return null;
  return <ServerNotificationsList notifications={notifications} />;
}
