import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { ROLE_PLURALS } from '../../datasets/lib/access-rules.ts';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import { accessQueries, type Person } from '../api/queries.ts';

/**
 * Where one cell comes from, read when asked: every source (admin, the default, the person's
 * own grant, each group), the highest, and where the role's cap cut it — the dataset page's
 * explainer rule (access-rules.ts), beside what the API itself reports.
 */
export function WhyDialog({
  dataset,
  person,
  onClose,
}: {
  dataset: string;
  person: Person;
  onClose: () => void;
}) {
  const titleId = useId();
  const why = useQuery(accessQueries.why(dataset, person));
  const explanation = why.data?.explanation;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>
        Where {person.name}&apos;s access to {dataset} comes from
      </DialogTitle>
      <DialogContent>
        {why.isPending && <LinearProgress aria-label="Loading the sources" />}
        {why.isError && (
          <ErrorState what="Loading the sources" error={why.error} onRetry={() => why.refetch()} />
        )}
        {why.isSuccess && !why.data && (
          <Alert severity="info">{dataset} no longer exists, or you no longer manage it.</Alert>
        )}
        {why.data && explanation && (
          <>
            <Table size="small" aria-label={`Sources of ${person.name}'s access`}>
              <TableHead>
                <TableRow>
                  <TableCell>Source</TableCell>
                  <TableCell>Gives</TableCell>
                  <TableCell>Why</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {explanation.steps.map((step) => (
                  <TableRow key={`${step.kind}-${step.label}`}>
                    <TableCell component="th" scope="row">
                      {step.label}
                    </TableCell>
                    <TableCell>
                      {step.applies ? PERMISSION_LABELS[step.level] : 'Does not apply'}
                    </TableCell>
                    <TableCell>{step.note}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell component="th" scope="row">
                    Role cap
                  </TableCell>
                  <TableCell>{PERMISSION_LABELS[explanation.cap]}</TableCell>
                  <TableCell>
                    {explanation.capped
                      ? `${capitalize(ROLE_PLURALS[person.role])} can have at most ${PERMISSION_LABELS[explanation.cap]}: the cap cut ${PERMISSION_LABELS[explanation.highest]} down to ${PERMISSION_LABELS[explanation.effective]}.`
                      : `${capitalize(ROLE_PLURALS[person.role])} can have at most ${PERMISSION_LABELS[explanation.cap]}; it cuts nothing here.`}
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
            <Alert
              severity={explanation.effective === 'NO_ACCESS' ? 'warning' : 'success'}
              icon={false}
              sx={{ mt: 2 }}
            >
              <strong>
                {person.name} has {PERMISSION_LABELS[explanation.effective]}.
              </strong>{' '}
              {why.data.reported === explanation.effective
                ? 'The API reports the same.'
                : `The API reports ${PERMISSION_LABELS[why.data.reported]}.`}
            </Alert>
          </>
        )}
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
