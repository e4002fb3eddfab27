import { http } from 'msw';
import type { MockEngine } from './engine/engine.ts';

// The MSW request handlers shared by the browser worker and the Vitest server: every path of
// the API goes to the engine, which answers exactly as the HTTP mock API does.
// Patterns start with `*` so they match on any origin and under any base path.
export function createHandlers(engine: MockEngine) {
  const serve = ({ request }: { request: Request }) => engine.handle(request);
  return [
    http.all('*/graphql/v1', serve),
    http.all('*/health', serve),
    http.all('*/file', serve),
    http.all('*/file/:token', serve),
  ];
}
