import { lazyComponent } from '../../lib/lazy-component.tsx';

// The connection dialog (a form with zod and react-hook-form) loads when it opens, not with the
// first page: most sessions never open it.
export const LazyConnectionDialog = lazyComponent(() =>
  import('./connection-dialog.tsx').then((module) => module.ConnectionDialog),
);
