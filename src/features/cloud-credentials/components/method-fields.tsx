import { Stack } from '@mui/material';
import type { Control, FieldPath } from 'react-hook-form';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import type { CredentialForm } from '../api/credential-schema.ts';
import type { Method } from '../api/providers.ts';
import { FileFieldControl } from './file-field.tsx';
import { SecretTextFieldControl } from '../../../components/form/secret-text-field.tsx';

const ALIAS_HELP = 'Optional: media paths that start with alias:// use these credentials.';

type FieldSpec =
  | {
      kind: 'text';
      name: FieldPath<CredentialForm>;
      label: string;
      helperText?: string;
      autoComplete?: string;
      spellCheck?: false;
    }
  | { kind: 'secret'; name: FieldPath<CredentialForm>; label: string; helperText?: string }
  | {
      kind: 'file';
      name: FieldPath<CredentialForm>;
      label: string;
      accept: string;
      helperText: string;
    };

const ALIAS: FieldSpec = { kind: 'text', name: 'alias', label: 'Alias', helperText: ALIAS_HELP };
const ACCOUNT_NAME: FieldSpec = { kind: 'text', name: 'accountName', label: 'Account name' };
const SECRET_ACCESS_KEY: FieldSpec = {
  kind: 'secret',
  name: 'secretAccessKey',
  label: 'Secret access key',
};

/** The fields of each way to give the credentials (the SDK's factories and file types). */
const METHOD_FIELDS: Record<Method, [FieldSpec, ...FieldSpec[]]> = {
  'aws-keys': [
    {
      kind: 'text',
      name: 'accessKeyId',
      label: 'Access key ID',
      autoComplete: 'off',
      spellCheck: false,
    },
    SECRET_ACCESS_KEY,
    {
      kind: 'text',
      name: 'defaultRegion',
      label: 'Default region',
      helperText: 'Optional, e.g. us-west-2.',
    },
    {
      kind: 'secret',
      name: 'sessionToken',
      label: 'Session token',
      helperText: 'Optional: only for temporary credentials.',
    },
  ],
  'aws-ini': [
    {
      kind: 'file',
      name: 'iniFile',
      label: 'AWS credentials file',
      accept: '.ini,.cfg,.txt,text/plain,*',
      helperText:
        'An .ini file such as ~/.aws/credentials, with aws_access_key_id and aws_secret_access_key.',
    },
  ],
  'gcp-json': [
    {
      kind: 'file',
      name: 'serviceAccountFile',
      label: 'Service account key file',
      accept: '.json,application/json',
      helperText: 'The JSON key file of a Google Cloud service account.',
    },
  ],
  'azure-key': [ACCOUNT_NAME, { kind: 'secret', name: 'accountKey', label: 'Account key' }, ALIAS],
  'azure-connection-string': [
    {
      kind: 'secret',
      name: 'connectionString',
      label: 'Connection string',
      helperText: 'DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…',
    },
    ALIAS,
  ],
  'azure-client-secret': [
    ACCOUNT_NAME,
    { kind: 'text', name: 'clientId', label: 'Client ID' },
    { kind: 'secret', name: 'clientSecret', label: 'Client secret' },
    { kind: 'text', name: 'tenantId', label: 'Tenant ID' },
    ALIAS,
  ],
  'azure-ini': [
    {
      kind: 'file',
      name: 'iniFile',
      label: 'Azure credentials file',
      accept: '.ini,.cfg,.txt,text/plain,*',
      helperText:
        'An .ini file with conn_str, or account_name with account_key (or client_id, secret and tenant), and an optional alias.',
    },
  ],
  'minio-ini': [
    {
      kind: 'file',
      name: 'iniFile',
      label: 'MinIO credentials file',
      accept: '.ini,.cfg,.txt,text/plain,*',
      helperText:
        'An .ini file with access_key_id, secret_access_key and endpoint_url, and an optional alias and region.',
    },
  ],
  'minio-keys': [
    { kind: 'text', name: 'accessKeyId', label: 'Access key ID', autoComplete: 'off' },
    SECRET_ACCESS_KEY,
    {
      kind: 'text',
      name: 'endpointUrl',
      label: 'Endpoint URL',
      helperText: 'Where MinIO answers, e.g. https://minio.example.com:9000.',
    },
    ALIAS,
    { kind: 'text', name: 'defaultRegion', label: 'Region', helperText: 'Optional.' },
  ],
};

function MethodField({ spec, control }: { spec: FieldSpec; control: Control<CredentialForm> }) {
  switch (spec.kind) {
    case 'text':
      return (
        <TextFieldControl
          control={control}
          name={spec.name}
          label={spec.label}
          helperText={spec.helperText}
          autoComplete={spec.autoComplete}
          slotProps={spec.spellCheck === false ? { htmlInput: { spellCheck: false } } : undefined}
          fullWidth
        />
      );
    case 'secret':
      return (
        <SecretTextFieldControl
          control={control}
          name={spec.name}
          label={spec.label}
          helperText={spec.helperText}
          fullWidth
        />
      );
    case 'file':
      return (
        <FileFieldControl
          control={control}
          name={spec.name}
          label={spec.label}
          accept={spec.accept}
          helperText={spec.helperText}
        />
      );
  }
}

/** The fields of one way to give the credentials; a lone file field stands by itself. */
export function MethodFields({
  method,
  control,
}: {
  method: Method;
  control: Control<CredentialForm>;
}) {
  const fields = METHOD_FIELDS[method];
  if (fields.length === 1) return <MethodField spec={fields[0]} control={control} />;
  return (
    <Stack spacing={2}>
      {fields.map((spec, index) => (
        // Keyed by position, as the fields were written out before: switching methods keeps
        // whatever field of the same kind sits in the same place.
        <MethodField key={index} spec={spec} control={control} />
      ))}
    </Stack>
  );
}
