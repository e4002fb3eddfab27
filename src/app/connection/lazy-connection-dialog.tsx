import { lazy, Suspense, type ComponentProps } from 'react';

// The connection dialog (a form with zod and react-hook-form) loads when it opens, not with the
// first page: most sessions never open it.
const ConnectionDialog = lazy(() =>
  import('./connection-dialog.tsx').then((module) => ({ default: module.ConnectionDialog })),
);

export function LazyConnectionDialog(props: ComponentProps<typeof ConnectionDialog>) {
  return (
    <Suspense fallback={null}>
      <ConnectionDialog {...props} />
    </Suspense>
  );
}
