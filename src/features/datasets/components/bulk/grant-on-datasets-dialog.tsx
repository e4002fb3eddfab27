import { zodResolver } from '@hookform/resolvers/zod';
import {
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { FormDialog } from '../../../../components/form/form-dialog.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { BulkRunDialog } from '../../../../components/bulk-run-dialog.tsx';
import { FormDialogActions } from '../../../../components/form/dialog-actions.tsx';
import { permissionText } from '../../../../lib/permissions.ts';
import { ROLE_LABELS } from '../../../../lib/roles.ts';
import { grantOnDataset } from '../../api/bulk-access.ts';
import { bulkGrantSchema, type BulkGrantForm } from '../../api/grant-schema.ts';
import { datasetQueries, type DatasetRow } from '../../api/queries.ts';
import { useInvalidateAccess } from '../../api/use-access-mutations.ts';
import { roleCap } from '../../lib/access-rules.ts';
import {
  planDatasetsGrant,
  type BulkPlan,
  type BulkViewer,
  type DatasetGrantInput,
} from '../../lib/bulk-access.ts';
import { GrantPermissionField } from '../grant-form.tsx';
import { GroupField } from '../group-field.tsx';
import { PersonField } from '../person-field.tsx';

const NO_GROUPS: ReadonlySet<string> = new Set();

/**
 * "Grant access" on the datasets ticked on the list: one person or one group, one level. The
 * form first; then the bulk dialog's preview (datasets the viewer does not manage are skipped
 * with the reason), one confirmation, and one request per dataset.
 */
export function GrantOnDatasetsDialog({
  datasets,
  viewer,
  onDone,
  onClose,
}: {
  datasets: readonly DatasetRow[];
  viewer: BulkViewer;
  /** A run ended (the list's ticks have served their purpose). */
  onDone: () => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const kindId = useId();
  const invalidate = useInvalidateAccess();
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  const [plan, setPlan] = useState<{ title: string; plan: BulkPlan<DatasetGrantInput> } | null>(
    null,
  );
  const { control, handleSubmit, setValue } = useForm<BulkGrantForm>({
    resolver: zodResolver(bulkGrantSchema),
    defaultValues: { kind: 'group', who: '', person: null, group: '', permission: 'VIEW' },
  });
  // Once the radios were used, focus stays on them instead of jumping to the new field.
  const [switched, setSwitched] = useState(false);
  const [kind, who, person] = useWatch({ control, name: ['kind', 'who', 'person'] });
  const count = datasets.length;
  const noun = `${count.toLocaleString('en')} dataset${count === 1 ? '' : 's'}`;

  /**
   * An admin can read the person's own grant on every dataset, so the preview can tell an
   * unchanged grant from a changed or a new one; without it (a manager, or a failed read) the
   * preview says any own grant is replaced.
   */
  const ownGrantsOf = async (userId: string) => {
    if (!viewer.admin) return undefined;
    setChecking(true);
    try {
      const access = await queryClient.query(datasetQueries.personAccess(userId));
      return new Map(access.map((dataset) => [dataset.id, dataset.own]));
    } catch {
      return undefined;
    } finally {
      setChecking(false);
    }
  };

  const preview = handleSubmit(async (values) => {
    const target =
      values.kind === 'person' && values.person
        ? { kind: 'person' as const, ...values.person }
        : { kind: 'group' as const, name: values.group };
    const listed = datasets.map((row) => ({
      id: row.id,
      name: row.name,
      viewerPermission: row.viewer.activePermission,
    }));
    const ownGrants = target.kind === 'person' ? await ownGrantsOf(target.id) : undefined;
    setPlan({
      title: `Grant ${target.kind === 'group' ? `group ${target.name}` : target.name} ${permissionText(values.permission)}`,
      plan: planDatasetsGrant(listed, target, values.permission, viewer, ownGrants),
    });
  });

  if (plan) {
    return (
      <BulkRunDialog
        title={plan.title}
        scope="datasets"
        items={plan.plan.items}
        preview={plan.plan.preview}
        confirmLabel={(n) => `Grant on ${n.toLocaleString('en')} dataset${n === 1 ? '' : 's'}`}
        perform={grantOnDataset}
        onSettled={() => {
          onDone();
          return invalidate();
        }}
        onClose={onClose}
      />
    );
  }

  return (
    <FormDialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Grant access on {noun}</DialogTitle>
      <form onSubmit={(event) => void preview(event)} noValidate>
        <DialogContent>
          <Stack spacing={2}>
            <Typography color="text.secondary">
              One person or one group gets the same permission on every selected dataset. The next
              step shows what will change before anything is sent.
            </Typography>
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <FormControl>
                  <FormLabel id={kindId}>Grant to</FormLabel>
                  <RadioGroup
                    row
                    aria-labelledby={kindId}
                    value={field.value}
                    onChange={(event) => {
                      setSwitched(true);
                      field.onChange(event.target.value === 'person' ? 'person' : 'group');
                    }}
                  >
                    <FormControlLabel value="group" control={<Radio />} label="A group" />
                    <FormControlLabel value="person" control={<Radio />} label="A person" />
                  </RadioGroup>
                </FormControl>
              )}
            />
            {kind === 'person' ? (
              <Controller
                control={control}
                name="who"
                render={({ fieldState }) => (
                  <PersonField
                    label="Person"
                    admin={viewer.admin}
                    value={person}
                    inputValue={who}
                    onChange={(next) => {
                      setValue('person', next);
                      if (next) setValue('who', next.email, { shouldValidate: true });
                    }}
                    onInputChange={(text) => setValue('who', text)}
                    error={Boolean(fieldState.error)}
                    helperText={
                      fieldState.error?.message ??
                      (person
                        ? `${ROLE_LABELS[person.role]}: at most ${permissionText(roleCap(person.role))}.`
                        : 'Choose someone in the organization.')
                    }
                  />
                )}
              />
            ) : (
              <Controller
                control={control}
                name="group"
                render={({ field, fieldState }) => (
                  <GroupField
                    // The form opens on a group (not when the radios switch back to it).
                    autoFocus={!switched}
                    admin={viewer.admin}
                    value={field.value}
                    onChange={field.onChange}
                    excludeIds={NO_GROUPS}
                    error={Boolean(fieldState.error)}
                    helperText={
                      fieldState.error?.message ??
                      (viewer.admin
                        ? undefined
                        : 'Your groups and those on datasets you manage, or type a name.')
                    }
                  />
                )}
              />
            )}
            <GrantPermissionField
              control={control}
              holderRole={kind === 'person' ? (person?.role ?? null) : null}
              hint={
                kind === 'group'
                  ? 'Each member gets at most what their role allows: collaborators Can edit, guests Can view.'
                  : 'Replaces any grant of their own on those datasets.'
              }
            />
          </Stack>
        </DialogContent>
        <FormDialogActions onCancel={onClose} pending={checking} submitLabel="Preview" />
      </form>
    </FormDialog>
  );
}
