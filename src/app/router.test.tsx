import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client.ts';
import { createAppRouter, type AppRouter } from './router.tsx';
import type { TitleHandle } from './shell/use-document-title.ts';

let router: AppRouter | null = null;

afterEach(() => {
  router?.dispose();
  router = null;
});

/** Where the console's router ends up for an address, once the navigation is over. */
async function open(address: string) {
  router ??= createAppRouter(createQueryClient());
  await router.navigate(address);
  const { location, matches } = router.state;
  const handle = matches.at(-1)?.route.handle as TitleHandle | undefined;
  const title =
    typeof handle?.title === 'function'
      ? handle.title(matches.at(-1)?.params ?? {})
      : handle?.title;
  return { address: location.pathname + location.search, title };
}

describe('Settings addresses', () => {
  it('opens the first tab for /settings, keeping the query', async () => {
    expect(await open('/settings?from=palette')).toEqual({
      address: '/settings/api-keys?from=palette',
      title: 'API keys · Settings',
    });
  });

  it('opens the first tab for an address that names no tab, before the page is drawn', async () => {
    expect((await open('/settings/no-such-tab')).address).toBe('/settings/api-keys');
    expect((await open('/settings/roles/extra')).address).toBe('/settings/api-keys');
  });

  it('keeps an address that names a tab, and names the tab in the title', async () => {
    expect(await open('/settings/cloud-credentials')).toEqual({
      address: '/settings/cloud-credentials',
      title: 'Cloud credentials · Settings',
    });
    expect(await open('/settings/roles/')).toEqual({
      address: '/settings/roles/',
      title: 'Roles · Settings',
    });
  });
});
