import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component whose code loads the first time it renders (a dialog opened on use), with nothing
 * shown meanwhile: the page that uses it does without its code on first view.
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function LazyComponent(props: Props) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
