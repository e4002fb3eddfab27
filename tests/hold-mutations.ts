import { http } from 'msw';
import { server } from '../mocks/node.ts';

/**
 * Holds GraphQL mutations at the mock's door until `release()`, then lets them through to the
 * engine (a handler that answers nothing hands the request on). Between the two, a test sees
 * what the console shows before the API has answered; switching a failure scenario on before
 * `release()` makes that answer a refusal. `restore()` removes the hold (call it after the test).
 *
 * By default every mutation is held; with `only`, just those whose variables it accepts (so a
 * test can let another change through, and succeed, while one waits).
 */
export function holdMutations(only?: (variables: Record<string, unknown>) => boolean): {
  release: () => void;
  restore: () => void;
} {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post('*/graphql/v1', async ({ request }) => {
      const variables = mutationVariables(await request.clone().text());
      if (variables && (!only || only(variables))) await released;
    }),
  );
  return { release, restore: () => server.resetHandlers() };
}

/** A mutation's variables ({} when it has none); null when the body is not a mutation. */
function mutationVariables(body: string): Record<string, unknown> | null {
  const parsed: unknown = JSON.parse(body);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('query' in parsed) ||
    typeof parsed.query !== 'string' ||
    !/^\s*mutation\b/m.test(parsed.query)
  ) {
    return null;
  }
  const variables = 'variables' in parsed ? parsed.variables : null;
  return typeof variables === 'object' && variables !== null ? { ...variables } : {};
}
