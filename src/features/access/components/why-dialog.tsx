import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import { accessQueries, type Person } from '../api/queries.ts';
import { ExplanationSteps } from './explanation-steps.tsx';

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
            <ExplanationSteps explanation={explanation} person={person} />
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
