import AppsIcon from '@mui/icons-material/Apps';
import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import ExtensionIcon from '@mui/icons-material/Extension';
import GroupsIcon from '@mui/icons-material/Groups';
import HistoryIcon from '@mui/icons-material/History';
import KeyIcon from '@mui/icons-material/Key';
import PeopleIcon from '@mui/icons-material/People';
import SettingsIcon from '@mui/icons-material/Settings';
import StorageIcon from '@mui/icons-material/Storage';
import type { ReactNode } from 'react';
import { paths } from '../../config/paths.ts';
import type { Role } from '../../lib/roles.ts';

export interface NavItem {
  label: string;
  to: string;
  icon: ReactNode;
  /** Roles that can use the area; the rest do not see it in the navigation. */
  roles: readonly Role[];
}

const ADMIN: readonly Role[] = ['ADMIN'];
// Dataset managers are members with MANAGE grants: the role is all the navigation knows.
const MANAGERS: readonly Role[] = ['ADMIN', 'MEMBER'];
const EVERYONE: readonly Role[] = ['ADMIN', 'MEMBER', 'COLLABORATOR', 'GUEST'];

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Users', to: paths.users.list(), icon: <PeopleIcon />, roles: ADMIN },
  { label: 'Groups', to: paths.groups.list(), icon: <GroupsIcon />, roles: ADMIN },
  { label: 'Datasets', to: paths.datasets.list(), icon: <StorageIcon />, roles: EVERYONE },
  { label: 'Access', to: paths.access.report(), icon: <AdminPanelSettingsIcon />, roles: MANAGERS },
  { label: 'Plugins', to: paths.plugins.list(), icon: <ExtensionIcon />, roles: EVERYONE },
  { label: 'Secrets', to: paths.secrets.list(), icon: <KeyIcon />, roles: ADMIN },
  { label: 'Snapshots', to: paths.snapshots.list(), icon: <HistoryIcon />, roles: EVERYONE },
  { label: 'Orchestrators', to: paths.orchestrators.list(), icon: <AppsIcon />, roles: ADMIN },
  { label: 'Settings', to: paths.settings.root(), icon: <SettingsIcon />, roles: EVERYONE },
];
