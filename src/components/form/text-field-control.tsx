import { TextField, type TextFieldProps } from '@mui/material';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

// A thin adapter over useController: label, error and helper text come from the form state.
export function TextFieldControl<T extends FieldValues>({
  control,
  name,
  helperText,
  ...props
}: { control: Control<T>; name: FieldPath<T> } & Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error'
>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      {...props}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText}
    />
  );
}
