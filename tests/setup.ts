import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mockEngine, server } from '../mocks/node.ts';
import { clearNotifications } from '../src/lib/notifications.ts';

// The first render of a file also loads MUI and the seed, and a lazy component's first import is
// transformed on demand: on a busy 2-core machine that took over 5 s (a licence notice's lazy
// list). Queries still end as soon as the element is there; this only bounds a failure, as the
// end-to-end tests' 15 s does.
configure({ asyncUtilTimeout: 15000 });

// Component tests talk to the same mock engine as the demo, through msw/node.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  mockEngine.reset();
  mockEngine.setScenario(null);
  mockEngine.setSchemaMode('full');
  sessionStorage.clear();
  clearNotifications();
});
afterEach(() => cleanup());
afterAll(() => server.close());

// jsdom lacks these; MUI and the copy button use them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
