import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  CircularProgress,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { ROLE_LABELS, ROLES } from '../../../lib/roles.ts';
import {
  changedSettings,
  DATASET_PERMISSIONS,
  organizationSettingsSchema,
  useSetOrganizationSettings,
  type OrganizationSettingsForm as Values,
  type SettingsChanges,
} from '../api/organization-settings.ts';
import { pluginQueries } from '../../plugins/api/queries.ts';
import { countInheriting, type OrganizationSettings } from '../api/queries.ts';
import { OrganizationSettingsLeaveGuard } from './organization-settings-leave-guard.tsx';
import { permissionText } from '../../../lib/permissions.ts';

const SETTINGS = [
  'defaultUserRole',
  'defaultDatasetPermission',
  'defaultOperatorMinimumRole',
  'defaultOperatorMinimumDatasetPermission',
] as const;

const FIELD_LABELS: Record<keyof Values, string> = {
  defaultUserRole: 'Default user role',
  defaultDatasetPermission: 'Default dataset permission',
  defaultOperatorMinimumRole: 'Default operator minimum role',
  defaultOperatorMinimumDatasetPermission: 'Default operator minimum dataset permission',
};

/** The four organization defaults in one form; saving sends only what changed. */
export function OrganizationSettingsForm({ saved }: { saved: OrganizationSettings }) {
  const save = useSetOrganizationSettings();
  const { control, handleSubmit, reset, formState } = useForm<Values>({
    resolver: zodResolver(organizationSettingsSchema),
    defaultValues: saved,
  });

  /** Saves what changed; `onSaved` runs once it has (or at once when nothing changed). */
  const saveChanges = (onSaved?: () => void, onFailed?: () => void) =>
    handleSubmit(
      (values) => {
        const changes = changedSettings(saved, values);
        if (!changes) {
          onSaved?.();
          return;
        }
        save.mutate(changes, {
          onSuccess: (next) => {
            reset(next);
            notify(`Saved: ${changedNames(changes)}.`);
            onSaved?.();
          },
          onError: () => onFailed?.(),
        });
      },
      () => onFailed?.(),
    );

  const [userRole, datasetPermission, operatorRole, operatorPermission] = useWatch({
    control,
    name: SETTINGS,
  });
  // What Save would send, as the person chooses; null when it matches what is saved.
  const pending = changedSettings(saved, {
    defaultUserRole: userRole,
    defaultDatasetPermission: datasetPermission,
    defaultOperatorMinimumRole: operatorRole,
    defaultOperatorMinimumDatasetPermission: operatorPermission,
  });
  const dirty = formState.isDirty && pending !== null;

  return (
    <Paper
      variant="outlined"
      sx={{ p: 3 }}
      component="form"
      aria-label="Organization settings"
      noValidate
      onSubmit={(event) => void saveChanges()(event)}
    >
      <Stack spacing={4}>
        <Section title="New people">
          <RoleSelect control={control} name="defaultUserRole">
            The role preselected when you invite people. You can still choose another role for each
            invitation.
          </RoleSelect>
        </Section>
        <Section title="New datasets">
          <PermissionSelect control={control} name="defaultDatasetPermission">
            The access every member gets to a dataset created from now on, until its managers change
            it. Collaborators and guests only get access to datasets shared with them.
          </PermissionSelect>
        </Section>
        <Section title="Plugin operators">
          <Typography color="text.secondary" variant="body2">
            The gate of every plugin operator without a setting of its own. An operator&rsquo;s own
            setting, on its plugin&rsquo;s page, always wins.
          </Typography>
          <RoleSelect control={control} name="defaultOperatorMinimumRole">
            Who may run such an operator: people with this role or a more privileged one.{' '}
            <Inheriting which="minimumRole" />
          </RoleSelect>
          <PermissionSelect control={control} name="defaultOperatorMinimumDatasetPermission">
            The permission they also need on the dataset they run it on.{' '}
            <Inheriting which="minimumDatasetPermission" />
          </PermissionSelect>
        </Section>
        {save.isError && (
          <Alert severity="error" role="alert">
            Saving failed: {errorMessage(save.error)}
          </Alert>
        )}
        {/* Always in reach: the bar sticks to the bottom of the window while the form scrolls. */}
        <Stack
          direction="row"
          spacing={1}
          role="group"
          aria-label="Save or discard"
          sx={{
            position: 'sticky',
            bottom: 0,
            zIndex: 1,
            alignItems: 'center',
            py: 1.5,
            mx: -3,
            px: 3,
            bgcolor: 'background.paper',
            borderTop: 1,
            borderColor: 'divider',
          }}
        >
          <Button
            type="submit"
            variant="contained"
            disabled={!dirty || save.isPending}
            startIcon={save.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            Save changes
          </Button>
          <Button
            onClick={() => {
              reset(saved);
              save.reset();
            }}
            disabled={!dirty || save.isPending}
          >
            Discard changes
          </Button>
          {pending && (
            <Typography variant="body2" color="text.secondary" role="status">
              Unsaved: {changedNames(pending)}.
            </Typography>
          )}
        </Stack>
      </Stack>
      <OrganizationSettingsLeaveGuard
        dirty={dirty}
        unsaved={pending ? changedNames(pending) : ''}
        saving={save.isPending}
        onSave={(onSaved, onFailed) => void saveChanges(onSaved, onFailed)()}
      />
    </Paper>
  );
}

/** "default user role, default dataset permission": the settings a change touches. */
function changedNames(changes: SettingsChanges): string {
  return SETTINGS.filter((name) => changes[name] !== null)
    .map((name) => FIELD_LABELS[name].toLowerCase())
    .join(', ');
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack spacing={2} component="section" aria-label={title}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

interface SelectProps<K extends keyof Values> {
  control: Control<Values>;
  name: K;
  children: ReactNode;
}

function RoleSelect({
  control,
  name,
  children,
}: SelectProps<'defaultUserRole' | 'defaultOperatorMinimumRole'>) {
  return (
    <EnumSelect control={control} name={name} help={children} known={ROLES}>
      {ROLES.map((role) => (
        <MenuItem key={role} value={role}>
          {ROLE_LABELS[role]}
        </MenuItem>
      ))}
    </EnumSelect>
  );
}

function PermissionSelect({
  control,
  name,
  children,
}: SelectProps<'defaultDatasetPermission' | 'defaultOperatorMinimumDatasetPermission'>) {
  return (
    <EnumSelect control={control} name={name} help={children} known={DATASET_PERMISSIONS}>
      {DATASET_PERMISSIONS.map((permission) => (
        <MenuItem key={permission} value={permission}>
          {permissionText(permission)}
        </MenuItem>
      ))}
    </EnumSelect>
  );
}

function EnumSelect({
  control,
  name,
  help,
  known,
  children,
}: {
  control: Control<Values>;
  name: keyof Values;
  help: ReactNode;
  /** The values this console knows; a newer server's other value is shown as its text. */
  known: readonly string[];
  children: ReactNode;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          select
          label={FIELD_LABELS[name]}
          name={field.name}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? help}
          sx={{ maxWidth: 640 }}
          fullWidth
        >
          {children}
          {!known.includes(field.value) && (
            <MenuItem value={field.value} disabled>
              {field.value}
            </MenuItem>
          )}
        </TextField>
      )}
    />
  );
}

/** "12 of 31 operators inherit it." */
function Inheriting({ which }: { which: 'minimumRole' | 'minimumDatasetPermission' }) {
  // Every plugin's operators, built-in ones included (the plugins area's own query).
  const plugins = useQuery(pluginQueries.list(true));
  if (plugins.isPending) return <span>Counting the operators that inherit it…</span>;
  if (plugins.isError) {
    return (
      <span>
        The operators that inherit it could not be counted ({errorMessage(plugins.error)}).
      </span>
    );
  }
  const counts = countInheriting(plugins.data);
  const { total } = counts;
  const count = counts[which];
  return (
    <strong>
      {count} of {total} operator{total === 1 ? '' : 's'} inherit{count === 1 ? 's' : ''} it.
    </strong>
  );
}
