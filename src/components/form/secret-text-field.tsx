import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { IconButton, InputAdornment, TextField, Tooltip, type TextFieldProps } from '@mui/material';
import { useState } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A masked field for a value that is never shown again once stored: you may reveal it while you
 * type, to check it. Browsers are asked not to remember or spell-check it.
 */
export function SecretTextFieldControl<T extends FieldValues>({
  control,
  name,
  helperText,
  label,
  ...props
}: { control: Control<T>; name: FieldPath<T>; label: string } & Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error' | 'type' | 'label'
>) {
  const { field, fieldState } = useController({ control, name });
  const [revealed, setRevealed] = useState(false);
  const action = revealed ? `Hide the ${label.toLowerCase()}` : `Show the ${label.toLowerCase()}`;
  return (
    <TextField
      {...props}
      label={label}
      type={revealed ? 'text' : 'password'}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText}
      autoComplete="new-password"
      slotProps={{
        htmlInput: { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Tooltip title={action}>
                <IconButton
                  aria-label={action}
                  aria-pressed={revealed}
                  onClick={() => setRevealed((shown) => !shown)}
                  edge="end"
                >
                  {revealed ? <VisibilityOffIcon /> : <VisibilityIcon />}
                </IconButton>
              </Tooltip>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
