import MenuIcon from '@mui/icons-material/Menu';
import {
  AppBar,
  Box,
  Button,
  Chip,
  IconButton,
  Menu,
  MenuItem,
  Toolbar,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { sessionQueries } from '../../features/session/api/viewer.ts';
import { errorMessage } from '../../lib/api-error.ts';
import { ROLE_LABELS } from '../../lib/roles.ts';
import { ConnectionDialog } from '../connection/connection-dialog.tsx';
import { useConnection } from '../connection/use-connection.ts';
import { useDemo } from '../demo.ts';
import { NAV_ITEMS } from './nav-items.tsx';
import { ThemeMenu } from './theme-menu.tsx';

export function TopBar() {
  const connection = useConnection();
  const demo = useDemo();
  const viewer = useQuery({ ...sessionQueries.viewer(), enabled: Boolean(connection) });
  const [dialogOpen, setDialogOpen] = useState(false);
  const target = demo ? 'demo mock API' : connection?.apiUrl || 'this site’s API proxy';
  const status = !connection
    ? { label: 'Not connected', color: 'default' as const }
    : viewer.isError
      ? { label: 'Connection problem', color: 'error' as const }
      : viewer.isSuccess
        ? { label: demo ? 'Demo' : 'Connected', color: 'success' as const }
        : { label: 'Connecting…', color: 'default' as const };

  return (
    <AppBar
      position="fixed"
      color="default"
      elevation={0}
      sx={{ zIndex: (t) => t.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
    >
      <Toolbar sx={{ gap: 1 }}>
        <MobileNav role={viewer.data?.role} />
        <Typography
          component={RouterLink}
          to="/"
          variant="h6"
          sx={{
            color: 'inherit',
            textDecoration: 'none',
            fontWeight: 700,
            mr: 2,
            whiteSpace: 'nowrap',
          }}
        >
          FiftyOne Admin
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Tooltip
          title={viewer.isError ? errorMessage(viewer.error) : `Requests go to the ${target}`}
        >
          <Chip
            size="small"
            color={status.color}
            label={status.label}
            variant="outlined"
            aria-label={`Connection status: ${status.label}`}
          />
        </Tooltip>
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
            <Typography variant="body2" component="div" sx={{ fontWeight: 600 }}>
              {viewer.data.name}
            </Typography>
            <Typography variant="caption" component="div" color="text.secondary">
              {ROLE_LABELS[viewer.data.role]} · {viewer.data.email}
            </Typography>
          </Box>
        )}
        <Button variant="outlined" size="small" onClick={() => setDialogOpen(true)}>
          {demo ? 'Switch persona' : 'Connection'}
        </Button>
        <ThemeMenu />
      </Toolbar>
      {dialogOpen && <ConnectionDialog open onClose={() => setDialogOpen(false)} />}
    </AppBar>
  );
}

function MobileNav({ role }: { role: string | undefined }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => !role || item.roles.some((r) => r === role));
  return (
    <Box sx={{ display: { xs: 'block', md: 'none' } }}>
      <IconButton
        aria-label="Open navigation"
        onClick={(event) => setAnchor(event.currentTarget)}
        edge="start"
      >
        <MenuIcon />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {items.map((item) => (
          <MenuItem
            key={item.to}
            onClick={() => {
              setAnchor(null);
              void navigate(item.to);
            }}
          >
            {item.label}
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}
