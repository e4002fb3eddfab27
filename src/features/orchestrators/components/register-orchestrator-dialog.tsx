import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  DialogContent,
  DialogTitle,
  Divider,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { LIMITS } from '../../../lib/limits.ts';
import { secretQueries } from '../../secrets/api/queries.ts';
import {
  clashMessage,
  CONFIG_FIELDS,
  emptyRegisterForm,
  registerSchemaWith,
  SECRET_FIELDS,
  secretNameClashes,
  toRegisterVariables,
  type RegisterForm,
  type RegisterValues,
} from '../api/register-schema.ts';
import { ENVIRONMENT_LABELS, ENVIRONMENTS, type Environment } from '../api/environments.ts';
import { useRegisterOrchestrator } from '../api/use-orchestrator-mutations.ts';
import { SecretField } from './secret-field.tsx';

const ENVIRONMENT_HELP: Record<Environment, string> = {
  DATABRICKS: 'Runs operations as tasks of a Databricks job.',
  ANYSCALE: 'Runs operations on an Anyscale job queue.',
  SELF_REGISTERED: 'A runner you start yourself; it needs no configuration here.',
};

function isEnvironment(value: string): value is Environment {
  return (ENVIRONMENTS as readonly string[]).includes(value);
}

/** register_orchestrator(): the environment's form; each secret typed or picked. */
export function RegisterOrchestratorDialog({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: (instanceIdentifier: string) => void;
}) {
  const titleId = useId();
  const register = useRegisterOrchestrator();
  // The stored secrets, to pick one instead of typing a value (the Secrets area's query).
  const secretKeys = useQuery(secretQueries.list('key', 'asc'));
  const [formError, setFormError] = useState<string | null>(null);
  const storedKeys = useMemo(
    () => new Set((secretKeys.data ?? []).map((secret) => secret.key)),
    [secretKeys.data],
  );
  // Every typed secret whose stored name is taken is flagged at once, before anything is sent.
  const schema = useMemo(() => registerSchemaWith(storedKeys), [storedKeys]);
  const { control, handleSubmit, setError, trigger, formState } = useForm<
    RegisterForm,
    unknown,
    RegisterValues
  >({
    resolver: zodResolver(schema),
    defaultValues: emptyRegisterForm(),
  });
  const environment = useWatch({ control, name: 'environment' });
  const instanceIdentifier = useWatch({ control, name: 'instanceIdentifier' });
  const { isSubmitted } = formState;
  // The secrets' names follow the instance ID (and the stored secrets): once the form has been
  // checked, check the secrets again when either changes, so stale clashes go away.
  useEffect(() => {
    if (isSubmitted) void trigger('secrets');
  }, [isSubmitted, instanceIdentifier, storedKeys, trigger]);

  const submit = handleSubmit((values) => {
    setFormError(null);
    register.mutate(toRegisterVariables(values), {
      onSuccess: (registered) => onRegistered(registered.instanceIdentifier),
      onError: (error) => {
        // The server's refusal goes on the field it concerns; the input stays as typed.
        const message = errorMessage(error);
        if (isApiError(error) && /orchestrator named/.test(message)) {
          setError('instanceIdentifier', { message });
          return;
        }
        if (isApiError(error) && error.code === 'CONFLICT') {
          // Secrets added meanwhile took some names: read them again and flag every clash.
          void secretKeys.refetch().then((fresh) => {
            const keys = new Set((fresh.data ?? []).map((secret) => secret.key));
            const clashes = secretNameClashes(values, keys);
            for (const clash of clashes) {
              setError(`secrets.${clash.key}.value`, { message: clashMessage(clash) });
            }
            if (clashes.length === 0) setFormError(`Registering failed: ${message}`);
          });
          return;
        }
        setFormError(`Registering failed: ${message}`);
      },
    });
  });

  return (
    <FormDialog
      open
      onClose={register.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Register an orchestrator</DialogTitle>
      <DialogContent>
        <form id="register-orchestrator" onSubmit={(event) => void submit(event)} noValidate>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextFieldControl
              control={control}
              name="instanceIdentifier"
              limit={LIMITS.orchestratorInstanceId}
              label="Instance ID"
              helperText="Its unique name, e.g. dbx-gpu-prod."
              autoFocus
              fullWidth
              autoComplete="off"
            />
            <TextFieldControl
              control={control}
              name="description"
              limit={LIMITS.orchestratorDescription}
              label="Description"
              multiline
              minRows={2}
              fullWidth
            />
            <Controller
              control={control}
              name="environment"
              render={({ field, fieldState }) => (
                <TextField
                  select
                  label="Environment"
                  value={field.value}
                  onChange={(event) => {
                    if (isEnvironment(event.target.value)) field.onChange(event.target.value);
                  }}
                  inputRef={field.ref}
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message ?? ENVIRONMENT_HELP[field.value]}
                  slotProps={{ select: { native: true } }}
                  fullWidth
                >
                  {ENVIRONMENTS.map((env) => (
                    <option key={env} value={env}>
                      {ENVIRONMENT_LABELS[env]}
                    </option>
                  ))}
                </TextField>
              )}
            />
            {CONFIG_FIELDS[environment].length > 0 && (
              <>
                <Divider />
                <Typography variant="subtitle2" component="h3">
                  Configuration
                </Typography>
                {CONFIG_FIELDS[environment].map((field) => (
                  <TextFieldControl
                    key={`${environment}-${field.key}`}
                    control={control}
                    name={`config.${field.key}`}
                    limit={LIMITS.orchestratorConfigValue}
                    label={field.required ? field.label : `${field.label} (optional)`}
                    helperText={field.helper}
                    fullWidth
                    autoComplete="off"
                  />
                ))}
              </>
            )}
            {SECRET_FIELDS[environment].length > 0 && (
              <>
                <Divider />
                <Typography variant="subtitle2" component="h3">
                  Secrets
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  Type each value, or use a secret already stored. Values are stored encrypted as
                  secrets; neither this console nor the API shows them again.
                </Typography>
                {SECRET_FIELDS[environment].map((field) => (
                  <SecretField
                    key={`${environment}-${field.key}`}
                    control={control}
                    field={field}
                    instanceIdentifier={instanceIdentifier}
                    secretKeys={secretKeys.data ?? null}
                  />
                ))}
                {secretKeys.isError && (
                  <Alert severity="warning">
                    The stored secrets could not be listed ({errorMessage(secretKeys.error)}): type
                    the values instead.
                  </Alert>
                )}
              </>
            )}
            {formError && (
              <Alert severity="error" role="alert">
                {formError}
              </Alert>
            )}
          </Stack>
        </form>
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={register.isPending}
        submitLabel="Register"
        form="register-orchestrator"
      />
    </FormDialog>
  );
}
