import { paths } from '../../../config/paths.ts';

// The Settings page's tabs, in order: the page draws them and the command palette offers them,
// both from this one table, so a new tab (or a changed rule for who sees it) reaches both.

export interface SettingsTab {
  /** The tab's label. */
  label: string;
  /** The name the palette lists it under, outside the Settings page. */
  searchLabel: string;
  to: string;
  /** Only admins see it. */
  admin: boolean;
  /**
   * Whether the palette offers it to guests. The API keys tab stays on the page for a guest (it
   * says why they have none), but there is nothing there for them to go to.
   */
  offeredToGuests: boolean;
}

export const SETTINGS_TABS: readonly SettingsTab[] = [
  {
    label: 'API keys',
    searchLabel: 'API keys',
    to: paths.settings.apiKeys(),
    admin: false,
    offeredToGuests: false,
  },
  {
    label: 'Organization',
    searchLabel: 'Organization settings',
    to: paths.settings.organization(),
    admin: true,
    offeredToGuests: false,
  },
  {
    label: 'Roles',
    searchLabel: 'Roles',
    to: paths.settings.roles(),
    admin: false,
    offeredToGuests: true,
  },
  {
    label: 'Cloud credentials',
    searchLabel: 'Cloud credentials',
    to: paths.settings.cloudCredentials(),
    admin: true,
    offeredToGuests: false,
  },
  {
    label: 'Credentials',
    searchLabel: 'Credentials',
    to: paths.settings.credentials(),
    admin: true,
    offeredToGuests: false,
  },
];

/** The tabs the Settings page shows to a role. */
export function settingsTabsFor(role: string): SettingsTab[] {
  return SETTINGS_TABS.filter((tab) => role === 'ADMIN' || !tab.admin);
}

/** The tabs the palette offers a role. */
export function settingsTabsOffered(role: string): SettingsTab[] {
  return settingsTabsFor(role).filter((tab) => role !== 'GUEST' || tab.offeredToGuests);
}
