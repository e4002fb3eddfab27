import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { RoleChip } from '../../../components/role-chip.tsx';
import { ROLE_LABELS } from '../../../lib/roles.ts';
import { datasetQueries, type DatasetAccess, type Person } from '../api/queries.ts';
import { explainAccess, ROLE_PLURALS } from '../lib/access-rules.ts';
import { sourcesFor } from './access-people.ts';
import { PermissionChip } from './permission-chip.tsx';
import { permissionText } from '../../../lib/permissions.ts';

/**
 * "Why does this person have EDIT?": every source with its level (admin, the default, their
 * own grant, each group), the highest, and where their role's cap cut it down.
 */
export function AccessExplainerDialog({
  access,
  person,
  onClose,
}: {
  access: DatasetAccess;
  person: Person;
  onClose: () => void;
}) {
  const titleId = useId();
  const why = explainAccess(sourcesFor(access, person));
  // What the API itself reports, to show beside the explanation.
  const reported = useQuery(datasetQueries.person(access.name, person.id));
  const api = reported.isSuccess ? (reported.data?.activePermission ?? 'NO_ACCESS') : null;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>
        Why does {person.name} have {permissionText(why.effective)} on {access.name}?
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography color="text.secondary">{person.email}</Typography>
            <RoleChip role={person.role} />
          </Stack>
          <Table size="small" aria-label={`Sources of ${person.name}'s access`}>
            <TableHead>
              <TableRow>
                <TableCell>Source</TableCell>
                <TableCell>Gives</TableCell>
                <TableCell>Why</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {why.steps.map((step) => (
                <TableRow key={`${step.kind}-${step.label}`}>
                  <TableCell component="th" scope="row">
                    {step.label}
                  </TableCell>
                  <TableCell>
                    {step.applies ? <PermissionChip permission={step.level} /> : 'Does not apply'}
                  </TableCell>
                  <TableCell>{step.note}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell component="th" scope="row">
                  Highest source
                </TableCell>
                <TableCell>
                  <PermissionChip permission={why.highest} />
                </TableCell>
                <TableCell>The highest level any source gives.</TableCell>
              </TableRow>
              <TableRow>
                <TableCell component="th" scope="row">
                  Role cap
                </TableCell>
                <TableCell>
                  <PermissionChip permission={why.cap} />
                </TableCell>
                <TableCell>
                  {why.capped
                    ? `${capitalize(ROLE_PLURALS[person.role])} can have at most ${permissionText(why.cap)}: the cap cut ${permissionText(why.highest)} down to ${permissionText(why.effective)}.`
                    : `${capitalize(ROLE_PLURALS[person.role])} can have at most ${permissionText(why.cap)}; the cap does not cut anything here.`}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
          <Alert severity={why.effective === 'NO_ACCESS' ? 'warning' : 'success'} icon={false}>
            <strong>
              {person.name} ({ROLE_LABELS[person.role]}) has {permissionText(why.effective)}.
            </strong>{' '}
            {api && api !== why.effective
              ? `The API reports ${permissionText(api)}: the lists on this page may be out of date; reload to see the latest.`
              : api
                ? 'The API reports the same.'
                : null}
          </Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
