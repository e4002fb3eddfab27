import { Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useController, type Control } from 'react-hook-form';
import type { FieldSpec, RegisterForm } from '../api/register-schema.ts';
import { secretNameFor } from '../api/register-schema.ts';

/**
 * One secret of an orchestrator: typed as a value (stored as a new secret, write-only) or
 * picked from the stored secrets (linked by its key).
 */
export function SecretField({
  control,
  field,
  instanceIdentifier,
  secretKeys,
}: {
  control: Control<RegisterForm>;
  field: FieldSpec;
  instanceIdentifier: string;
  /** Keys of the stored secrets; null while they load or when they cannot be read. */
  secretKeys: { key: string; description: string | null }[] | null;
}) {
  const mode = useController({ control, name: `secrets.${field.key}.mode` });
  const value = useController({ control, name: `secrets.${field.key}.value` });
  const secretKey = useController({ control, name: `secrets.${field.key}.secretKey` });
  const storedAs = instanceIdentifier.trim()
    ? secretNameFor(field.key, instanceIdentifier.trim())
    : null;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" sx={{ minWidth: 110, fontWeight: 500 }}>
          {field.label}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={mode.field.value}
          onChange={(_event, next: unknown) => {
            if (next === 'value' || next === 'existing') mode.field.onChange(next);
          }}
          aria-label={`${field.label}: how to give it`}
        >
          <ToggleButton value="value">Type a value</ToggleButton>
          <ToggleButton value="existing">Use a stored secret</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {mode.field.value === 'existing' ? (
        <TextField
          select
          label={field.label}
          value={secretKey.field.value}
          onChange={secretKey.field.onChange}
          onBlur={secretKey.field.onBlur}
          inputRef={secretKey.field.ref}
          error={Boolean(secretKey.fieldState.error)}
          helperText={
            secretKey.fieldState.error?.message ??
            (secretKeys && secretKeys.length === 0
              ? 'There are no stored secrets yet: type a value instead.'
              : 'The orchestrator uses this secret as it is.')
          }
          slotProps={{ select: { native: true } }}
          fullWidth
        >
          <option value="">{secretKeys === null ? 'Loading secrets…' : 'Choose a secret'}</option>
          {(secretKeys ?? []).map((secret) => (
            <option key={secret.key} value={secret.key}>
              {secret.key}
            </option>
          ))}
        </TextField>
      ) : (
        <TextField
          type="password"
          label={field.label}
          value={value.field.value}
          onChange={value.field.onChange}
          onBlur={value.field.onBlur}
          inputRef={value.field.ref}
          error={Boolean(value.fieldState.error)}
          helperText={
            value.fieldState.error?.message ??
            `${field.helper ? `${field.helper} ` : ''}Stored encrypted as the secret ${storedAs ?? '<KEY>_<INSTANCE_ID>'}; it cannot be read back.`
          }
          autoComplete="new-password"
          slotProps={{ htmlInput: { spellCheck: false } }}
          fullWidth
        />
      )}
    </Stack>
  );
}
