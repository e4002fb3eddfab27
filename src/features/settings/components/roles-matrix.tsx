import CheckIcon from '@mui/icons-material/Check';
import RemoveIcon from '@mui/icons-material/Remove';
import {
  Alert,
  Box,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '../../../lib/roles.ts';
import { settingsQueries } from '../api/queries.ts';
import type { Allowance, Capability } from '../api/role-capabilities.ts';

/** Roles × capabilities as the server states them, with the viewer's own role marked. */
export function RolesMatrix({ viewerRole }: { viewerRole: Role }) {
  const roles = useQuery(settingsQueries.roles());
  if (roles.isPending) return <LinearProgress aria-label="Loading the roles" />;
  if (roles.isError) {
    return (
      <ErrorState
        what="Loading what each role may do"
        error={roles.error}
        onRetry={() => roles.refetch()}
      />
    );
  }
  const { source, capabilities } = roles.data;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      {source === 'builtin' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          This server does not describe its roles (it has no roles query), so this is the
          console&rsquo;s own table, written from the product&rsquo;s documented rules.
        </Alert>
      )}
      <Typography sx={{ mb: 2 }} color="text.secondary">
        What each role may do in the organization
        {source === 'server' ? ', as the server states it' : ''}. The API enforces these rules
        whatever the client; an admin changes a person&rsquo;s role on their page under Users.
      </Typography>
      <CapabilityTable capabilities={capabilities} viewerRole={viewerRole} />
    </Paper>
  );
}

function CapabilityTable({
  capabilities,
  viewerRole,
}: {
  capabilities: readonly Capability[];
  viewerRole: Role;
}) {
  return (
    // The matrix is longer than a screen: it scrolls in its own box, under headers that stay.
    // Focusable, so the scrolling box can be scrolled from the keyboard.
    <TableContainer
      sx={{ maxHeight: '70vh' }}
      tabIndex={0}
      role="region"
      aria-label="What each role may do (scrolls)"
    >
      <Table size="small" stickyHeader aria-label="What each role may do">
        <TableHead>
          <TableRow>
            <TableCell scope="col">Capability</TableCell>
            {ROLES.map((role) => (
              <TableCell key={role} scope="col" sx={{ minWidth: 150 }}>
                {role === viewerRole ? `${ROLE_LABELS[role]} (you)` : ROLE_LABELS[role]}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell component="th" scope="row">
              In short
            </TableCell>
            {ROLES.map((role) => (
              <TableCell key={role}>
                <Typography variant="body2" color="text.secondary">
                  {ROLE_DESCRIPTIONS[role]}
                </Typography>
              </TableCell>
            ))}
          </TableRow>
          {capabilities.map((capability) => (
            <TableRow key={capability.id}>
              <TableCell component="th" scope="row">
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {capability.label}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {capability.detail}
                </Typography>
              </TableCell>
              {ROLES.map((role) => (
                <TableCell
                  key={role}
                  sx={role === viewerRole ? { bgcolor: 'action.hover' } : undefined}
                >
                  <AllowanceCell value={capability.allowed[role]} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function AllowanceCell({ value }: { value: Allowance }) {
  if (typeof value === 'string') return <Typography variant="body2">{value}</Typography>;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      {value ? (
        <CheckIcon fontSize="small" color="success" aria-hidden />
      ) : (
        <RemoveIcon fontSize="small" color="disabled" aria-hidden />
      )}
      <Box
        component="span"
        sx={{ typography: 'body2', color: value ? 'text.primary' : 'text.secondary' }}
      >
        {value ? 'Yes' : 'No'}
      </Box>
    </Stack>
  );
}
