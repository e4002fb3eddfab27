import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
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
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { LIMITS } from '../../../lib/limits.ts';
import { notify } from '../../../lib/notifications.ts';
import { describeBuckets } from '../api/buckets.ts';
import {
  credentialFormSchema,
  EMPTY_FIELDS,
  setCredentialsVariables,
  type CredentialForm,
} from '../api/credential-schema.ts';
import {
  isMethod,
  isProvider,
  METHOD_LABELS,
  METHOD_PROVIDER,
  methodsOf,
  PROVIDER_LABELS,
  PROVIDER_SHORT,
  PROVIDERS,
  type Provider,
} from '../api/providers.ts';
import { cloudCredentialQueries, findExisting } from '../api/queries.ts';
import {
  useSetCloudCredentials,
  type SetCredentialsVariables,
} from '../api/use-cloud-credential-mutations.ts';
import { BucketsField, flushPendingBucket } from './buckets-field.tsx';
import { MethodFields } from './method-fields.tsx';
import { OverlapWarning } from './overlap-warning.tsx';

/** What "Replace" fixes: the provider and buckets of the set being replaced. */
export interface ReplaceTarget {
  provider: Provider;
  prefixes: string[];
  description: string | null;
}

/** add_cloud_credentials(): one provider's form, buckets as chips; confirms an overwrite first. */
export function AddCredentialsDialog({
  replace,
  onClose,
}: {
  replace: ReplaceTarget | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const confirm = useConfirm();
  const list = useQuery(cloudCredentialQueries.list());
  const save = useSetCloudCredentials();
  const [pendingBucket, setPendingBucket] = useState('');
  const [bucketError, setBucketError] = useState<string | null>(null);
  const initialProvider = replace?.provider ?? 'AWS';
  const { control, handleSubmit, setValue } = useForm<CredentialForm>({
    resolver: zodResolver(credentialFormSchema),
    defaultValues: {
      method: methodsOf(initialProvider)[0] ?? 'aws-keys',
      ...EMPTY_FIELDS,
      buckets: replace?.prefixes ?? [],
      description: replace?.description ?? '',
    },
  });
  const method = useWatch({ control, name: 'method' });
  const buckets = useWatch({ control, name: 'buckets' });
  const provider = METHOD_PROVIDER[method];
  const methods = methodsOf(provider);

  const done = (variables: SetCredentialsVariables, replaced: boolean) => {
    notify(
      `${replaced ? 'Replaced' : 'Added'} the ${PROVIDER_SHORT[variables.provider]} credentials ${
        variables.prefixes ? `for ${variables.prefixes.join(', ')}` : '(default for the provider)'
      }.`,
    );
    onClose();
  };

  const askOverwrite = (variables: SetCredentialsVariables) =>
    confirm({
      title: `Replace the ${describe(variables)}?`,
      description: `${PROVIDER_SHORT[variables.provider]} credentials for ${
        variables.prefixes
          ? `the ${variables.prefixes.length === 1 ? 'bucket' : 'buckets'} ${variables.prefixes.join(', ')}`
          : 'the provider’s default'
      } already exist. They are replaced by these for every user of the app, and cannot be recovered.`,
      confirmLabel: 'Replace credentials',
      destructive: true,
      action: () => save.mutateAsync({ ...variables, overwrite: true }),
    }).then((replaced) => {
      if (replaced) done(variables, true);
    });

  const submit = handleSubmit((form) => {
    // Text still in the buckets box counts: add it, or stop on its error.
    const flushed = flushPendingBucket(provider, form.buckets, pendingBucket);
    if (!flushed.ok) {
      setBucketError(flushed.error);
      return;
    }
    setValue('buckets', flushed.buckets);
    setPendingBucket('');
    const variables = setCredentialsVariables({ ...form, buckets: flushed.buckets });
    if (findExisting(list.data, variables.provider, flushed.buckets)) {
      void askOverwrite({ ...variables, overwrite: true });
      return;
    }
    save.mutate(
      { ...variables, overwrite: false },
      {
        onSuccess: () => done({ ...variables, overwrite: false }, false),
        // Someone added the same set meanwhile: ask before replacing theirs.
        onError: (error) => {
          if (isApiError(error) && error.code === 'CONFLICT') {
            save.reset();
            void askOverwrite({ ...variables, overwrite: true });
          }
        },
      },
    );
  });

  return (
    <FormDialog
      open
      onClose={save.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {replace
          ? `Replace the ${describe({ provider: replace.provider, prefixes: replace.prefixes.length ? replace.prefixes : null })}`
          : 'Add cloud credentials'}
      </DialogTitle>
      <form id="cloud-credentials-form" noValidate onSubmit={(event) => void submit(event)}>
        <DialogContent sx={{ pt: 0 }}>
          <Stack spacing={3}>
            <Typography variant="body2" color="text.secondary">
              Every user of the app reads cloud media with these credentials, without access to the
              credentials themselves. They do not change anyone&rsquo;s dataset permissions. Once
              saved they cannot be shown again, only replaced.
            </Typography>
            <FormControl disabled={Boolean(replace)}>
              <FormLabel id={`${titleId}-provider`}>Provider</FormLabel>
              <RadioGroup
                row
                aria-labelledby={`${titleId}-provider`}
                value={provider}
                onChange={(event) => {
                  const next = event.target.value;
                  if (!isProvider(next)) return;
                  setValue('method', methodsOf(next)[0] ?? 'aws-keys');
                  // Buckets of another provider would not fit.
                  setValue('buckets', []);
                  setPendingBucket('');
                  setBucketError(null);
                }}
              >
                {PROVIDERS.map((p) => (
                  <FormControlLabel
                    key={p}
                    value={p}
                    control={<Radio />}
                    label={PROVIDER_LABELS[p]}
                  />
                ))}
              </RadioGroup>
            </FormControl>
            {methods.length > 1 && (
              <FormControl>
                <FormLabel id={`${titleId}-method`}>Credentials from</FormLabel>
                <RadioGroup
                  aria-labelledby={`${titleId}-method`}
                  value={method}
                  onChange={(event) => {
                    const next = event.target.value;
                    if (isMethod(next)) setValue('method', next);
                  }}
                >
                  {methods.map((m) => (
                    <FormControlLabel
                      key={m}
                      value={m}
                      control={<Radio />}
                      label={METHOD_LABELS[m]}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            )}
            <MethodFields method={method} control={control} />
            <BucketsField
              provider={provider}
              value={buckets}
              onChange={(next) => setValue('buckets', next)}
              pending={pendingBucket}
              onPendingChange={setPendingBucket}
              error={bucketError}
              onError={setBucketError}
              disabled={Boolean(replace)}
            />
            <OverlapWarning stored={list.data} provider={provider} buckets={buckets} />
            <TextFieldControl
              control={control}
              name="description"
              limit={LIMITS.credentialsDescription}
              counter
              label="Description"
              helperText="Optional: what these credentials are for."
              fullWidth
            />
            {save.isError && (
              <Alert severity="error" role="alert">
                Saving failed: {errorMessage(save.error)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
      </form>
      <FormDialogActions
        onCancel={onClose}
        pending={save.isPending}
        submitLabel={replace ? 'Replace credentials' : 'Save credentials'}
        form="cloud-credentials-form"
      />
    </FormDialog>
  );
}

/** "default AWS credentials" / "AWS credentials for a, b". */
function describe(target: { provider: Provider; prefixes: string[] | null }): string {
  return target.prefixes
    ? `${PROVIDER_SHORT[target.provider]} credentials for ${describeBuckets(target.provider, target.prefixes)}`
    : `default ${PROVIDER_SHORT[target.provider]} credentials`;
}
