import { defineConfig, devices } from '@playwright/test';
import {
  API_PORT,
  API_URL,
  BASE_PATH,
  NGINX_PORT,
  REAL_OUT_DIR,
  REAL_URL,
} from './e2e/real/servers.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const DEMO_URL = `http://127.0.0.1:${String(PORT)}`;

// Two projects, each with its own servers:
// - `demo` (e2e/*.spec.ts): the static demo build (the console on its embedded mock API);
//   each test gets a fresh browser context, so a fresh seed.
// - `real` (e2e/real/**/*.spec.ts): the real-deployment build (no mock code) behind Debian's
//   nginx, configured from deploy/'s template as a container would be, under a sub-path
//   (/admin/), proxying the API's routes to the HTTP mock API. The mock's store is shared, so
//   these tests run one at a time and reset it.
// Both run in Debian's Chromium.

/**
 * Whether this run includes a project's tests: a run narrowed to other projects or to other
 * spec files (e.g. `playwright test e2e/users-admin.spec.ts`) neither builds nor starts that
 * project's servers, so parallel runs per area do not race for the real project's ports.
 * E2E_REAL_SERVERS=1|0 overrides the guess for the real project.
 */
function runs(project: 'demo' | 'real'): boolean {
  const forced = process.env.E2E_REAL_SERVERS;
  if (project === 'real' && (forced === '1' || forced === '0')) return forced === '1';
  const args = process.argv.slice(2);
  const projects: string[] = [];
  args.forEach((arg, index) => {
    if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    else if (arg === '--project') projects.push(args[index + 1] ?? '');
  });
  if (projects.length > 0 && !projects.includes(project)) return false;
  const files = args.filter((arg) => !arg.startsWith('-') && /\.ts$|\.spec\b|^e2e\//.test(arg));
  const isReal = (file: string) => /(^|\/)real(\/|$)/.test(file);
  const isWholeSuite = (file: string) => /^(\.\/)?e2e\/?$/.test(file);
  return (
    files.length === 0 ||
    files.some((file) => isWholeSuite(file) || (project === 'real' ? isReal(file) : !isReal(file)))
  );
}

const demoServer = {
  command: `npm run build:demo && npx vite preview --mode demo --host 127.0.0.1 --port ${String(PORT)} --strictPort`,
  url: DEMO_URL,
  reuseExistingServer: !process.env.CI,
  timeout: 120_000,
};

const realServers = [
  {
    // The HTTP mock API on the demo seed; it prints the personas' keys when ready.
    command: 'npm run mock-api',
    url: `${API_URL}/health`,
    env: { HOST: '127.0.0.1', PORT: String(API_PORT), SEED: 'demo' },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  {
    // `npm run build` into its own directory, then nginx in the foreground as this user, from
    // deploy/render-nginx-conf.sh's configuration (the container's), on its own port.
    command: `npx vite build --outDir ${REAL_OUT_DIR} && node scripts/nginx-e2e.ts`,
    url: REAL_URL,
    env: {
      FIFTYONE_API_URI: API_URL,
      CONSOLE_ROOT: REAL_OUT_DIR,
      BASE_PATH,
      NGINX_PORT: String(NGINX_PORT),
    },
    reuseExistingServer: !process.env.CI,
    // nginx's fast shutdown, so it removes its temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    timeout: 120_000,
  },
];

export default defineConfig({
  testDir: './e2e',
  // Per port, so parallel runs (one per area while developing) do not share artifacts.
  outputDir: `test-results/${String(PORT)}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Generous limits: every wait is on something the app shows, so a passing run takes no
  // longer for them, and a machine busy with other work (2 cores) does not turn a slow first
  // load into a failure. At a load of 20 on 2 cores, tests of many steps with two axe scans
  // (a dataset manager's grants, a group's whole life) took just over a minute.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: DEMO_URL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    {
      // First: its tests run one at a time (one shared mock API), so started first they run
      // beside the demo's on the other worker instead of alone at the end.
      name: 'real',
      testDir: './e2e/real',
      testMatch: '**/*.spec.ts',
      // One mock API for every test: one test at a time, each resetting it first.
      fullyParallel: false,
      workers: 1,
      // Whole sessions (sign in, every area, a 5 MB upload) through a real server: more than a
      // demo scenario's 120 s when the machine is shared (measured: 5x slower at load 20; the
      // walk through every area took 84 s at load 16, quiet ~20 s).
      timeout: 180_000,
      expect: { timeout: 15_000 },
      use: { baseURL: REAL_URL },
    },
    {
      name: 'demo',
      testMatch: '*.spec.ts',
      testIgnore: '**/real/**',
      use: { baseURL: DEMO_URL },
    },
  ],
  webServer: [...(runs('demo') ? [demoServer] : []), ...(runs('real') ? realServers : [])],
});
