import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { RoleChip } from '../../../components/role-chip.tsx';
import { ROLE_LABELS } from '../../../lib/roles.ts';
import { datasetQueries, type DatasetAccess, type Person } from '../api/queries.ts';
import { ExplanationSteps } from '../../access/components/explanation-steps.tsx';
import { explainAccess } from '../lib/access-rules.ts';
import { sourcesFor } from './access-people.ts';
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
          <ExplanationSteps explanation={why} person={person} />
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
