import MenuIcon from '@mui/icons-material/Menu';
import CableIcon from '@mui/icons-material/Cable';
import SearchIcon from '@mui/icons-material/Search';
import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import { Box } from '@mui/material';
import { ShellToolbar } from './shell-toolbar.tsx';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { LazyMenu } from './lazy-menu.tsx';
import { Link as RouterLink, useNavigate } from 'react-router';
import { sessionQueries } from '../../features/session/api/viewer.ts';
import { errorMessage } from '../../lib/api-error.ts';
import { roleText } from '../../lib/roles.ts';
import { LazyConnectionDialog as ConnectionDialog } from '../connection/lazy-connection-dialog.tsx';
import { useConnection } from '../connection/use-connection.ts';
import { useDemo } from '../demo.ts';
import { useCommandPalette } from './command-palette-launcher.tsx';
import { NAV_ITEMS } from './nav-items.tsx';
import { SHELL_BUTTON_RESET, ShellIconButton } from './shell-icon-button.tsx';
import { ThemeMenu } from './theme-menu.tsx';

export function TopBar() {
  const connection = useConnection();
  const demo = useDemo();
  const viewer = useQuery({ ...sessionQueries.viewer(), enabled: Boolean(connection) });
  const [dialogOpen, setDialogOpen] = useState(false);
  const commandPalette = useCommandPalette({
    viewer: viewer.data,
    areas: NAV_ITEMS,
    demo: Boolean(demo),
    onConnection: () => setDialogOpen(true),
  });
  const target = demo ? 'demo mock API' : connection?.apiUrl || 'this site’s API proxy';
  const status = !connection
    ? { label: 'Not connected', color: 'text.secondary' }
    : viewer.isError
      ? { label: 'Connection problem', color: 'error.main' }
      : viewer.isSuccess
        ? { label: demo ? 'Demo' : 'Connected', color: 'success.main' }
        : { label: 'Connecting…', color: 'text.secondary' };

  return (
    // An app bar as MUI's AppBar draws it (color "default", no elevation), without its code.
    <Box
      component="header"
      sx={(theme) => ({
        position: 'fixed',
        top: 0,
        left: 0,
        right: 0,
        zIndex: theme.zIndex.drawer + 1,
        display: 'flex',
        flexDirection: 'column',
        color: 'text.primary',
        bgcolor: 'AppBar.defaultBg',
        borderBottom: 1,
        borderColor: 'divider',
        ...theme.applyStyles('dark', { color: 'AppBar.darkColor', bgcolor: 'AppBar.darkBg' }),
      })}
    >
      {/* On a phone-width screen (360 px) everything fits: the buttons show icons, the title
          gives way with an ellipsis. */}
      <ShellToolbar gap={{ xs: 0.5, sm: 1 }}>
        <MobileNav role={viewer.data?.role} />
        <Box
          component={RouterLink}
          to="/"
          sx={{
            typography: 'h6',
            color: 'inherit',
            textDecoration: 'none',
            fontWeight: 700,
            mr: { xs: 0.5, sm: 2 },
            whiteSpace: 'nowrap',
            // The one thing in the bar that may shrink (the others do not wrap: no narrower).
            minWidth: 0,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          FiftyOne Admin
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        {viewer.data && (
          <ShellButton
            onClick={commandPalette.open}
            shortcut={SHORTCUT}
            icon={<SearchIcon fontSize="small" />}
          >
            Search
          </ShellButton>
        )}
        <Box
          component="span"
          role="status"
          title={viewer.isError ? errorMessage(viewer.error) : `Requests go to the ${target}`}
          aria-label={`Connection status: ${status.label}`}
          sx={{
            color: status.color,
            border: 1,
            borderColor: 'currentColor',
            borderRadius: 4,
            px: 1,
            py: 0.25,
            typography: 'caption',
            whiteSpace: 'nowrap',
          }}
        >
          {status.label}
        </Box>
        {viewer.data && (
          <Box
            sx={{
              display: { xs: 'none', sm: 'block' },
              textAlign: 'right',
              lineHeight: 1.2,
              mx: 1,
            }}
            aria-label="Signed in as"
          >
            <Box sx={{ typography: 'body2', fontWeight: 600 }}>{viewer.data.name}</Box>
            <Box sx={{ typography: 'caption', color: 'text.secondary' }}>
              {roleText(viewer.data.role)} · {viewer.data.email}
            </Box>
          </Box>
        )}
        <ShellButton
          onClick={() => setDialogOpen(true)}
          icon={demo ? <SwitchAccountIcon fontSize="small" /> : <CableIcon fontSize="small" />}
        >
          {demo ? 'Switch persona' : 'Connection'}
        </ShellButton>
        <ThemeMenu />
      </ShellToolbar>
      {dialogOpen && <ConnectionDialog open onClose={() => setDialogOpen(false)} />}
      {commandPalette.palette}
    </Box>
  );
}

/**
 * A small outlined button. The first paint carries no other button, so this one is a plain
 * <button> rather than MUI's Button (or ButtonBase and its ripple) in the initial JavaScript.
 */
function ShellButton({
  onClick,
  shortcut,
  icon,
  children,
}: {
  onClick: () => void;
  /** A key that does the same, shown beside the label (and told to assistive technology). */
  shortcut?: { keys: string; aria: string };
  /** Shown instead of the label on phone-width screens, where the top bar has no room for it. */
  icon?: ReactNode;
  children: string;
}) {
  return (
    <Box
      component="button"
      type="button"
      onClick={onClick}
      aria-keyshortcuts={shortcut?.aria}
      sx={{
        ...SHELL_BUTTON_RESET,
        typography: 'button',
        fontSize: '0.8125rem',
        color: 'primary.main',
        border: 1,
        borderColor: 'primary.main',
        borderRadius: 1,
        px: 1.25,
        py: 0.5,
        whiteSpace: 'nowrap',
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        ...(icon ? { px: { xs: 0.75, sm: 1.25 } } : {}),
      }}
    >
      {icon && (
        <Box component="span" aria-hidden sx={{ display: { xs: 'flex', sm: 'none' } }}>
          {icon}
        </Box>
      )}
      {/* With an icon, the label is only visually hidden at phone width: it stays the name. */}
      <Box component="span" sx={icon ? LABEL_HIDDEN_ON_PHONES : undefined}>
        {children}
      </Box>
      {shortcut && (
        <Box
          component="kbd"
          aria-hidden
          sx={{
            ml: 1,
            fontFamily: 'inherit',
            display: { xs: 'none', sm: 'inline' },
          }}
        >
          {shortcut.keys}
        </Box>
      )}
    </Box>
  );
}

/** Out of sight below `sm` but still read (the button's accessible name), in sight from `sm`. */
const LABEL_HIDDEN_ON_PHONES = {
  position: { xs: 'absolute', sm: 'static' },
  width: { xs: '1px', sm: 'auto' },
  height: { xs: '1px', sm: 'auto' },
  overflow: { xs: 'hidden', sm: 'visible' },
  clip: { xs: 'rect(0 0 0 0)', sm: 'auto' },
  whiteSpace: 'nowrap',
} as const;

const SHORTCUT = {
  keys: /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘K' : 'Ctrl K',
  aria: 'Control+K Meta+K',
};

function MobileNav({ role }: { role: string | undefined }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => !role || item.roles.some((r) => r === role));
  return (
    <Box sx={{ display: { xs: 'block', md: 'none' } }}>
      <ShellIconButton
        label="Open navigation"
        onClick={(event) => setAnchor(event.currentTarget)}
        edge="start"
      >
        <MenuIcon />
      </ShellIconButton>
      <LazyMenu
        anchor={anchor}
        onClose={() => setAnchor(null)}
        entries={items.map((item) => ({
          key: item.to,
          label: item.label,
          onSelect: () => void navigate(item.to),
        }))}
      />
    </Box>
  );
}
