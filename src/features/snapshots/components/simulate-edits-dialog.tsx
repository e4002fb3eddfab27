import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Dialog, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import type { SnapshotHistory } from '../api/queries.ts';
import {
  simulateEditsSchema,
  toEdits,
  type SimulateEditsForm,
} from '../api/simulate-edits-schema.ts';
import { useSimulateEdits } from '../api/use-latest-changes.ts';
import { formatCount } from '../../../lib/format.ts';

/**
 * Demo only: samples are edited in the FiftyOne app, not through the management API. On the mock
 * API this stands in for those edits, so snapshots and their summaries have something to show.
 */
export function SimulateEditsDialog({
  history,
  onClose,
}: {
  history: SnapshotHistory;
  onClose: () => void;
}) {
  const titleId = useId();
  const simulate = useSimulateEdits();
  const schema = useMemo(() => simulateEditsSchema(history.samplesCount), [history.samplesCount]);
  const { control, handleSubmit, setError, formState } = useForm<SimulateEditsForm>({
    resolver: zodResolver(schema),
    defaultValues: { samplesAdded: '0', samplesDeleted: '0', samplesChanged: '0' },
  });

  const submit = handleSubmit(async (values) => {
    try {
      await simulate.mutateAsync({ dataset: history.name, ...toEdits(values) });
      notify(
        `Simulated edits on ${history.name}: recalculate the changes since the last snapshot to see them.`,
        'info',
      );
      onClose();
    } catch (error) {
      setError('root', { message: errorMessage(error) });
    }
  });

  const numberField = { type: 'number', fullWidth: true, slotProps: { htmlInput: { min: 0 } } };
  return (
    <Dialog
      open
      onClose={simulate.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>Simulate edits (demo)</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          In FiftyOne, samples are edited in the app. This demo runs on a mock API, so here you can
          pretend: {history.name} has {formatCount(history.samplesCount)} samples now.
        </DialogContentText>
        <form id="simulate-edits-form" onSubmit={(event) => void submit(event)} noValidate>
          <Stack spacing={2}>
            <TextFieldControl
              control={control}
              name="samplesAdded"
              label="Samples to add"
              autoFocus
              {...numberField}
            />
            <TextFieldControl
              control={control}
              name="samplesDeleted"
              label="Samples to delete"
              {...numberField}
            />
            <TextFieldControl
              control={control}
              name="samplesChanged"
              label="Samples to change"
              {...numberField}
            />
          </Stack>
        </form>
        {formState.errors.root?.message && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            Simulating the edits failed: {formState.errors.root.message}
          </Alert>
        )}
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={simulate.isPending}
        submitLabel="Apply edits"
        form="simulate-edits-form"
      />
    </Dialog>
  );
}
