import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client.ts';
import { createAppRouter, type AppRouter } from './router.tsx';

let router: AppRouter | null = null;

afterEach(() => {
  router?.dispose();
  router = null;
});

/** Where the console's router ends up for an address, once the navigation is over. */
async function open(address: string) {
  router ??= createAppRouter(createQueryClient());
  await router.navigate(address);
  const { location } = router.state;
  return location.pathname + location.search;
}

describe('Settings addresses', () => {
  it('opens the first tab for /settings, keeping the query', async () => {
    expect(await open('/settings?from=palette')).toBe('/settings/api-keys?from=palette');
  });

  it('opens the first tab for an address that names no tab, before the page is drawn', async () => {
    expect(await open('/settings/no-such-tab')).toBe('/settings/api-keys');
    expect(await open('/settings/roles/extra')).toBe('/settings/api-keys');
  });

  it('keeps an address that names a tab', async () => {
    expect(await open('/settings/cloud-credentials')).toBe('/settings/cloud-credentials');
    expect(await open('/settings/roles/')).toBe('/settings/roles/');
  });
});
