import { lazy, Suspense } from 'react';

// Only a page that crashed needs the error page's code.
const RouteError = lazy(() =>
  import('./route-error.tsx').then((module) => ({ default: module.RouteError })),
);

export function LazyRouteError() {
  return (
    <Suspense fallback={null}>
      <RouteError />
    </Suspense>
  );
}
