import CheckIcon from '@mui/icons-material/Check';
import RemoveIcon from '@mui/icons-material/Remove';
import {
  Box,
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
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '../../../lib/roles.ts';
import { CAPABILITIES, type Allowance } from '../api/role-capabilities.ts';

/** Roles × capabilities, with the viewer's own role marked. */
export function RolesMatrix({ viewerRole }: { viewerRole: Role }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography sx={{ mb: 2 }} color="text.secondary">
        What each role may do in the organization. The API enforces these rules whatever the client;
        an admin changes a person&rsquo;s role on their page under Users.
      </Typography>
      {/* The matrix is longer than a screen: it scrolls in its own box, under headers that stay. */}
      <TableContainer sx={{ maxHeight: '70vh' }}>
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
            {CAPABILITIES.map((capability) => (
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
    </Paper>
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
