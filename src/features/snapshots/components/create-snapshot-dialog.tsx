import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { LIMITS } from '../../../lib/limits.ts';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import {
  createSnapshotSchema,
  SNAPSHOT_NAME_MAX,
  type CreateSnapshotForm,
} from '../api/create-snapshot-schema.ts';
import type { Snapshot, SnapshotHistory } from '../api/queries.ts';
import { useCreateSnapshot } from '../api/use-snapshot-mutations.ts';
import { formatCount } from '../../../lib/format.ts';
import { formatSigned } from './format.ts';

/** create_snapshot(): a name unique in the dataset (checked before sending) and a description. */
export function CreateSnapshotDialog({
  history,
  onClose,
  onCreated,
}: {
  history: SnapshotHistory;
  onClose: () => void;
  onCreated: (snapshot: Pick<Snapshot, 'name'>) => void;
}) {
  const titleId = useId();
  const create = useCreateSnapshot();
  const schema = useMemo(
    () => createSnapshotSchema(history.snapshots.map((s) => s.name)),
    [history.snapshots],
  );
  const { control, handleSubmit, setError, formState } = useForm<CreateSnapshotForm>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', description: '' },
  });
  const last = history.snapshots[history.snapshots.length - 1];
  const changes = history.latestChanges;

  const submit = handleSubmit(async (values) => {
    const name = values.name.trim();
    try {
      const created = await create.mutateAsync({
        dataset: history.name,
        snapshot: name,
        description: values.description.trim() || null,
      });
      notify(`Snapshot ${created.name} was created.`);
      onCreated(created);
    } catch (error) {
      // A name taken meanwhile belongs on the field; anything else on the form. Input is kept.
      if (isApiError(error) && error.code === 'CONFLICT') {
        setError('name', { message: errorMessage(error) });
      } else {
        setError('root', { message: errorMessage(error) });
      }
    }
  });

  return (
    <FormDialog
      open
      onClose={create.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Create a snapshot of {history.name}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Saves the dataset as it is now ({formatCount(history.samplesCount)} samples), so it can be
          browsed or reverted to later.{' '}
          {last
            ? changes
              ? `Since ${last.name}: ${formatSigned(changes.numSamplesAdded, '+')} added, ${formatSigned(changes.numSamplesDeleted, '−')} deleted, ${formatCount(changes.numSamplesChanged)} changed (as last calculated).`
              : `It records what changed since ${last.name}.`
            : 'As the first snapshot, it counts every sample as added.'}
        </DialogContentText>
        <form id="create-snapshot-form" onSubmit={(event) => void submit(event)} noValidate>
          <Stack spacing={2}>
            <TextFieldControl
              control={control}
              name="name"
              limit={LIMITS.snapshotName}
              label="Name"
              required
              autoFocus
              fullWidth
              autoComplete="off"
              helperText={`Unique in this dataset, at most ${SNAPSHOT_NAME_MAX} characters, e.g. v1.2-relabel.`}
            />
            <TextFieldControl
              control={control}
              name="description"
              limit={LIMITS.snapshotDescription}
              label="Description"
              multiline
              minRows={2}
              fullWidth
              helperText="Optional: what this version holds."
            />
          </Stack>
        </form>
        {formState.errors.root?.message && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            Creating the snapshot failed: {formState.errors.root.message}
          </Alert>
        )}
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={create.isPending}
        submitLabel="Create snapshot"
        form="create-snapshot-form"
      />
    </FormDialog>
  );
}
