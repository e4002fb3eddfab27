import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../lib/roles.ts';
import { pageItems } from '../../palette/lib/palette-items.ts';
import { settingsTabsFor } from './settings-tabs.ts';

describe('Settings tabs and the palette', () => {
  it.each(ROLES)(
    'the palette offers a %s the Settings tabs the page shows them (a guest has no API keys)',
    (role) => {
      const offered = pageItems({ role, invitationsOn: true, demo: false }, [])
        .filter((item) => item.detail === 'Settings')
        .map((item) => (item.target.type === 'link' ? item.target.to : ''));
      const shown = settingsTabsFor(role).map((tab) => tab.to);
      expect(offered).toEqual(
        role === 'GUEST' ? shown.filter((to) => !to.endsWith('api-keys')) : shown,
      );
    },
  );

  it('admins see every tab; the others see API keys and Roles', () => {
    expect(settingsTabsFor('ADMIN').map((tab) => tab.label)).toEqual([
      'API keys',
      'Organization',
      'Roles',
      'Cloud credentials',
      'Credentials',
    ]);
    expect(settingsTabsFor('MEMBER').map((tab) => tab.label)).toEqual(['API keys', 'Roles']);
  });
});
