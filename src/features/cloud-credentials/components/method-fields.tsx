import { Stack } from '@mui/material';
import type { Control } from 'react-hook-form';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import type { CredentialForm } from '../api/credential-schema.ts';
import type { Method } from '../api/providers.ts';
import { FileFieldControl } from './file-field.tsx';
import { SecretTextFieldControl } from '../../../components/form/secret-text-field.tsx';

const ALIAS_HELP = 'Optional: media paths that start with alias:// use these credentials.';

/** The fields of one way to give the credentials (the SDK's factories and file types). */
export function MethodFields({
  method,
  control,
}: {
  method: Method;
  control: Control<CredentialForm>;
}) {
  switch (method) {
    case 'aws-keys':
      return (
        <Stack spacing={2}>
          <TextFieldControl
            control={control}
            name="accessKeyId"
            label="Access key ID"
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false } }}
            fullWidth
          />
          <SecretTextFieldControl
            control={control}
            name="secretAccessKey"
            label="Secret access key"
            fullWidth
          />
          <TextFieldControl
            control={control}
            name="defaultRegion"
            label="Default region"
            helperText="Optional, e.g. us-west-2."
            fullWidth
          />
          <SecretTextFieldControl
            control={control}
            name="sessionToken"
            label="Session token"
            helperText="Optional: only for temporary credentials."
            fullWidth
          />
        </Stack>
      );
    case 'aws-ini':
      return (
        <FileFieldControl
          control={control}
          name="iniFile"
          label="AWS credentials file"
          accept=".ini,.cfg,.txt,text/plain,*"
          helperText="An .ini file such as ~/.aws/credentials, with aws_access_key_id and aws_secret_access_key."
        />
      );
    case 'gcp-json':
      return (
        <FileFieldControl
          control={control}
          name="serviceAccountFile"
          label="Service account key file"
          accept=".json,application/json"
          helperText="The JSON key file of a Google Cloud service account."
        />
      );
    case 'azure-key':
      return (
        <Stack spacing={2}>
          <TextFieldControl control={control} name="accountName" label="Account name" fullWidth />
          <SecretTextFieldControl
            control={control}
            name="accountKey"
            label="Account key"
            fullWidth
          />
          <TextFieldControl
            control={control}
            name="alias"
            label="Alias"
            helperText={ALIAS_HELP}
            fullWidth
          />
        </Stack>
      );
    case 'azure-connection-string':
      return (
        <Stack spacing={2}>
          <SecretTextFieldControl
            control={control}
            name="connectionString"
            label="Connection string"
            helperText="DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…"
            fullWidth
          />
          <TextFieldControl
            control={control}
            name="alias"
            label="Alias"
            helperText={ALIAS_HELP}
            fullWidth
          />
        </Stack>
      );
    case 'azure-client-secret':
      return (
        <Stack spacing={2}>
          <TextFieldControl control={control} name="accountName" label="Account name" fullWidth />
          <TextFieldControl control={control} name="clientId" label="Client ID" fullWidth />
          <SecretTextFieldControl
            control={control}
            name="clientSecret"
            label="Client secret"
            fullWidth
          />
          <TextFieldControl control={control} name="tenantId" label="Tenant ID" fullWidth />
          <TextFieldControl
            control={control}
            name="alias"
            label="Alias"
            helperText={ALIAS_HELP}
            fullWidth
          />
        </Stack>
      );
    case 'minio-keys':
      return (
        <Stack spacing={2}>
          <TextFieldControl
            control={control}
            name="accessKeyId"
            label="Access key ID"
            autoComplete="off"
            fullWidth
          />
          <SecretTextFieldControl
            control={control}
            name="secretAccessKey"
            label="Secret access key"
            fullWidth
          />
          <TextFieldControl
            control={control}
            name="endpointUrl"
            label="Endpoint URL"
            helperText="Where MinIO answers, e.g. https://minio.example.com:9000."
            fullWidth
          />
          <TextFieldControl
            control={control}
            name="alias"
            label="Alias"
            helperText={ALIAS_HELP}
            fullWidth
          />
          <TextFieldControl
            control={control}
            name="defaultRegion"
            label="Region"
            helperText="Optional."
            fullWidth
          />
        </Stack>
      );
  }
}
