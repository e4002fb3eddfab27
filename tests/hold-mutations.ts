import { http } from 'msw';
import { server } from '../mocks/node.ts';

/**
 * Holds every GraphQL mutation at the mock's door until `release()`, then lets it through to the
 * engine (a handler that answers nothing hands the request on). Between the two, a test sees
 * what the console shows before the API has answered; switching a failure scenario on before
 * `release()` makes that answer a refusal. `restore()` removes the hold (call it after the test).
 */
export function holdMutations(): { release: () => void; restore: () => void } {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post('*/graphql/v1', async ({ request }) => {
      if (isMutation(await request.clone().text())) await released;
    }),
  );
  return { release, restore: () => server.resetHandlers() };
}

function isMutation(body: string): boolean {
  const parsed: unknown = JSON.parse(body);
  return (
    typeof parsed === 'object' &&
    parsed !== null &&
    'query' in parsed &&
    typeof parsed.query === 'string' &&
    /^\s*mutation\b/m.test(parsed.query)
  );
}
