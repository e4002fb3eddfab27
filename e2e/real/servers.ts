// Where the `real` Playwright project runs: the real-deployment build (`vite build`, no mock
// code) served by `vite preview` with its security headers, proxied to the HTTP mock API
// (`npm run mock-api`). Shared by playwright.config.ts (which starts both) and the specs (which
// reset the mock between tests). Ports and the build directory come from the environment so
// parallel runs do not collide; the defaults avoid the fetch spec's "bad ports" (e.g. 4190).

/** `vite preview` of the real build. */
export const REAL_PORT = Number(process.env.E2E_REAL_PORT ?? 4273);
/** The HTTP mock API behind the preview's proxy. */
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4275);
/** Where the real build goes (not `dist`, which `npm run build` and the benchmark use). */
export const REAL_OUT_DIR = process.env.REAL_OUT_DIR ?? 'dist-e2e-real';

export const REAL_URL = `http://127.0.0.1:${String(REAL_PORT)}`;
export const API_URL = `http://127.0.0.1:${String(API_PORT)}`;
