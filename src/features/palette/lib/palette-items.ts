import { paths } from '../../../config/paths.ts';
import type { Role } from '../../../lib/roles.ts';
import { LINKABLE_DIALOGS, withDialog } from '../../../lib/use-dialog-param.ts';
import { settingsTabsOffered } from '../../settings/lib/settings-tabs.ts';

// What the palette offers: things found by the search, pages and actions, each with the one fact
// that tells similar entries apart, and where choosing it leads.

export type EntityKind = 'user' | 'group' | 'dataset' | 'plugin' | 'secret' | 'orchestrator';
export type ItemKind = EntityKind | 'page' | 'action';

/** A place in the console, or the connection dialog (which the shell owns). */
export type PaletteTarget = { type: 'link'; to: string } | { type: 'connection' };

export interface PaletteItem {
  /** Unique across the palette; also the key of a remembered item. */
  id: string;
  kind: ItemKind;
  label: string;
  /** The key fact: a role, a member count, your permission… */
  detail: string;
  target: PaletteTarget;
}

/** An area of the navigation, as the shell lists them (with the roles that may use it). */
export interface PaletteArea {
  label: string;
  to: string;
  roles: readonly Role[];
}

export interface ViewerScope {
  role: string;
  /** The server accepts invitations (its feature flag; on when it does not say). */
  invitationsOn: boolean;
  /** The demo: the connection dialog switches persona. */
  demo: boolean;
}

export function isAdmin(scope: ViewerScope): boolean {
  return scope.role === 'ADMIN';
}

/** The kinds only admins may list (fiftyone-api.md §7, §14); the rest may search datasets and plugins. */
const ADMIN_KINDS: readonly ItemKind[] = ['user', 'group', 'secret', 'orchestrator'];

export function mayUseKind(scope: ViewerScope, kind: ItemKind): boolean {
  return isAdmin(scope) || !ADMIN_KINDS.includes(kind);
}

const link = (to: string): PaletteTarget => ({ type: 'link', to });

/** The pages the viewer's role can use: the navigation's areas, then the tabs within them. */
export function pageItems(scope: ViewerScope, areas: readonly PaletteArea[]): PaletteItem[] {
  const admin = isAdmin(scope);
  const fromNav = areas
    .filter((area) => area.roles.some((role) => role === scope.role))
    .map((area) => page(area.label, area.to));
  const tabs = [
    admin && scope.invitationsOn && page('Pending invitations', paths.users.invitations()),
    ...settingsTabsOffered(scope.role).map((tab) => page(tab.searchLabel, tab.to, 'Settings')),
  ];
  return [...fromNav, ...tabs.filter((item) => item !== false)];
}

function page(label: string, to: string, detail = 'Page'): PaletteItem {
  return { id: `page:${to}`, kind: 'page', label, detail, target: link(to) };
}

/** The actions the viewer may take, each opening the dialog that takes it. */
export function actionItems(scope: ViewerScope): PaletteItem[] {
  const admin = isAdmin(scope);
  const actions = [
    admin &&
      scope.invitationsOn &&
      action(
        'invite',
        'Invite people',
        'Users',
        withDialog(paths.users.list(), LINKABLE_DIALOGS.invite),
      ),
    admin &&
      action(
        'create-group',
        'Create group',
        'Groups',
        withDialog(paths.groups.list(), LINKABLE_DIALOGS.createGroup),
      ),
    admin &&
      action(
        'install-plugin',
        'Install plugin',
        'Plugins',
        withDialog(paths.plugins.list(), LINKABLE_DIALOGS.installPlugin),
      ),
    // Guests cannot hold API keys (fiftyone-api.md §14).
    scope.role !== 'GUEST' &&
      action(
        'generate-key',
        'Generate API key',
        'Settings',
        withDialog(paths.settings.apiKeys(), LINKABLE_DIALOGS.generateKey),
      ),
  ];
  const connection: PaletteItem = {
    id: 'action:connection',
    kind: 'action',
    label: scope.demo ? 'Switch persona' : 'Change connection',
    detail: scope.demo ? 'Demo' : 'API URL and key',
    target: { type: 'connection' },
  };
  return [...actions.filter((item) => item !== false), connection];
}

function action(id: string, label: string, detail: string, to: string): PaletteItem {
  return { id: `action:${id}`, kind: 'action', label, detail, target: link(to) };
}

/** Every word typed appears in the label, in any case and order ("org set" finds Organization settings). */
export function matchesWords(label: string, query: string): boolean {
  const text = label.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
