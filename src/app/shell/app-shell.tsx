import { Box, type SxProps, type Theme } from '@mui/material';
import { ShellToolbar } from './shell-toolbar.tsx';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { sessionQueries } from '../../features/session/api/viewer.ts';
import { ConnectionGate } from '../connection/connection-gate.tsx';
import { useConnectionGeneration } from '../connection/use-connection.ts';
import { NAV_ITEMS } from './nav-items.tsx';
import { ServerNotificationsBanner } from './server-notifications-banner.tsx';
import { TopBar } from './top-bar.tsx';
import { useDocumentTitle } from './use-document-title.ts';

const DRAWER_WIDTH = 220;

export function AppShell() {
  // Another persona or key: everything shown for the previous one mounts afresh (the query cache
  // was cleared with the switch), so no view keeps the previous person's data.
  const generation = useConnectionGeneration();
  useDocumentTitle();
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Fragment key={generation}>
        <SkipToContent />
        <TopBar />
        <ConnectionGate>
          <Navigation />
          <Box
            component="main"
            id="main-content"
            tabIndex={-1}
            sx={{ flexGrow: 1, p: { xs: 2, md: 3 }, minWidth: 0, '&:focus': { outline: 'none' } }}
          >
            <ShellToolbar />
            <ServerNotificationsBanner />
            <Outlet />
          </Box>
        </ConnectionGate>
      </Fragment>
    </Box>
  );
}

function Navigation() {
  const viewer = useQuery(sessionQueries.viewer());
  const location = useLocation();
  const role = viewer.data?.role;
  const items = NAV_ITEMS.filter((item) => !role || item.roles.includes(role));
  return (
    <Box
      component="aside"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        display: { xs: 'none', md: 'block' },
        borderRight: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        position: 'sticky',
        top: 0,
        height: '100vh',
        overflowY: 'auto',
      }}
    >
      <ShellToolbar />
      <nav aria-label="Areas">
        <Box component="ul" sx={{ listStyle: 'none', m: 0, py: 1, px: 0 }}>
          {items.map((item) => {
            const selected =
              location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
            return (
              <li key={item.to}>
                <Box
                  component={Link}
                  to={item.to}
                  aria-current={selected ? 'page' : undefined}
                  sx={navLinkStyle}
                >
                  <Box
                    component="span"
                    sx={{ display: 'flex', minWidth: 40, color: 'action.active' }}
                  >
                    {item.icon}
                  </Box>
                  <Box component="span" sx={{ typography: 'body1', my: 0.5 }}>
                    {item.label}
                  </Box>
                </Box>
              </li>
            );
          })}
        </Box>
      </nav>
    </Box>
  );
}

/**
 * A navigation link drawn as MUI's ListItemButton draws one, in plain markup: the list, button
 * base, ripple and typography components would add ~10 kB gzip to the first page's JavaScript.
 */
const navLinkStyle: SxProps<Theme> = (theme) => {
  const { palette } = theme.vars;
  const selected = (extra?: string) =>
    theme.alpha(
      palette.primary.main,
      extra ? `${palette.action.selectedOpacity} + ${extra}` : palette.action.selectedOpacity,
    );
  return {
    display: 'flex',
    alignItems: 'center',
    px: 2,
    py: 1,
    color: 'text.primary',
    textDecoration: 'none',
    transition: theme.transitions.create('background-color', {
      duration: theme.transitions.duration.shortest,
    }),
    '&:hover': { bgcolor: 'action.hover' },
    '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
    '&[aria-current="page"]': { bgcolor: selected() },
    '&[aria-current="page"]:hover': { bgcolor: selected(String(palette.action.hoverOpacity)) },
  };
};

/** The first Tab stop: past the top bar and the navigation, straight to the page. */
function SkipToContent() {
  return (
    <Box
      component="a"
      href="#main-content"
      onClick={(event) => {
        // Hash routes own the URL's fragment: move focus without navigating.
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
      sx={{
        position: 'fixed',
        left: 8,
        top: -48,
        zIndex: (theme) => theme.zIndex.tooltip,
        bgcolor: 'background.paper',
        color: 'primary.main',
        px: 2,
        py: 1,
        borderRadius: 1,
        boxShadow: 3,
        '&:focus': { top: 8 },
      }}
    >
      Skip to content
    </Box>
  );
}
