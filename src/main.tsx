import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import { getTheme } from './app/theme.ts';
import type { DemoControls } from './app/demo.ts';
import { getConnection, setConnection } from './lib/connection.ts';
import { nextTask } from './lib/next-task.ts';
import { setKeyIdentifier } from './lib/signed-in-key.ts';
// The theme's colours, spacing and shadows as CSS variables, made at build time
// (scripts/theme-css-plugin.ts): App's ThemeProvider does not generate them at start-up.
import 'virtual:theme-vars.css';

async function startDemo(): Promise<DemoControls> {
  // Loaded only in the demo: the real-deployment build carries no mock code.
  const { startMockApi } = await import('../mocks/browser.ts');
  const mock = await startMockApi();
  setKeyIdentifier(mock.keyIdOf);
  const admin = mock.personas[0];
  const known = mock.personas.some((p) => p.apiKey === getConnection()?.apiKey);
  if (admin && !known) setConnection({ apiUrl: '', apiKey: admin.apiKey });
  return {
    personas: mock.personas,
    reset: mock.reset,
    preparePersona: (personaId) => {
      const persona = mock.personas.find((p) => p.id === personaId);
      return persona ? mock.preparePersona(persona.id) : `There is no persona “${personaId}”.`;
    },
    onExternalChange: mock.onExternalChange,
    unavailable: null,
  };
}

function render(demo: DemoControls | null) {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // The router runs the first route's loaders now: the page's code and first request are on
  // their way before React's first render (a long task on a slow machine) has even started.
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  const reactRoot = createRoot(root);
  // The start-up runs as four tasks rather than one long one (issue 14): the app's code, the
  // router with its loaders, the theme, then the first render; the browser can paint and take
  // input, answers and the page's code in between. The render is a transition: it yields every
  // few milliseconds instead of holding the main thread (110–180 ms on a slow machine), and
  // index.html's outline of the shell stays on screen until it commits.
  void nextTask()
    .then(() => {
      getTheme();
      return nextTask();
    })
    .then(() => {
      startTransition(() => {
        reactRoot.render(
          <StrictMode>
            <App demo={demo} queryClient={queryClient} router={router} />
          </StrictMode>,
        );
      });
    });
}

// A literal the build replaces, so the real-deployment bundle drops the mock entirely.
if (import.meta.env.VITE_MOCK) {
  void startDemo()
    .catch((error: unknown) => ({
      personas: [],
      reset: () => undefined,
      preparePersona: () => null,
      onExternalChange: () => () => undefined,
      unavailable: `The demo's mock API could not start in this browser (${error instanceof Error ? error.message : String(error)}). Service workers may be blocked here.`,
    }))
    .then(render);
} else {
  // In a task of its own: evaluating the app's code is the task before it.
  void nextTask().then(() => render(null));
}
