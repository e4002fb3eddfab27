import { lazyComponent } from '../../lib/lazy-component.tsx';

// Only a page that crashed needs the error page's code.
export const LazyRouteError = lazyComponent(() =>
  import('./route-error.tsx').then((module) => module.RouteError),
);
