// Where the `real` Playwright project runs: the real-deployment build (`vite build`, no mock
// code) behind Debian's nginx, configured from deploy/'s template (scripts/nginx-e2e.ts) under a
// sub-path, in front of the HTTP mock API (`npm run mock-api`). Shared by playwright.config.ts
// (which starts both) and the specs (which reset the mock between tests). Ports, the base path
// and the build directory come from the environment so parallel runs do not collide; the
// defaults avoid the fetch spec's "bad ports" (e.g. 4190).

/** nginx serving the console (E2E_REAL_PORT was the preview server's port; still honoured). */
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? process.env.E2E_REAL_PORT ?? 4273);
/** The HTTP mock API behind nginx's proxy. */
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4275);
/** Where the real build goes (not `dist`, which `npm run build` and the benchmark use). */
export const REAL_OUT_DIR = process.env.REAL_OUT_DIR ?? 'dist-e2e-real';
/** The console's sub-path on the host, as beside the FiftyOne app; the API stays at the root. */
export const BASE_PATH = process.env.E2E_BASE_PATH ?? '/admin/';

/** The host nginx serves: the API's routes at its root, the console under BASE_PATH. */
export const HOST_URL = `http://127.0.0.1:${String(NGINX_PORT)}`;
/** The console's address (Playwright's baseURL for this project). */
export const REAL_URL = `${HOST_URL}${BASE_PATH}`;
export const API_URL = `http://127.0.0.1:${String(API_PORT)}`;

/** A console route (`/users`, from src/config/paths.ts) as a path on the host: `/admin/users`. */
export function consolePath(route: string): string {
  return `${BASE_PATH.replace(/\/+$/, '')}${route}`;
}
