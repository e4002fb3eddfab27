// Build-time facts, set by vite.config.ts from the mode and FIFTYONE_API_URI. The build writes
// them as booleans; Vitest hands `import.meta.env` values over as strings ("false" is truthy).
const flag = (value: boolean | string) => String(value) === 'true';

export const env = {
  /** The console runs on its embedded mock API (demo, or dev without FIFTYONE_API_URI). */
  mock: flag(import.meta.env.VITE_MOCK),
  /** The dev/preview server proxies /graphql/v1, /health and /file to FIFTYONE_API_URI. */
  apiProxy: flag(import.meta.env.VITE_API_PROXY),
  /** Hash routes in the static demo, so any static host can serve deep links. */
  hashRouter: import.meta.env.MODE === 'demo',
};
