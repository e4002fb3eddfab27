import { Box, TextField, type TextFieldProps } from '@mui/material';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { tooLongMessage } from '../../lib/limits.ts';

/**
 * A thin adapter over useController: label, error and helper text come from the form state.
 * With `limit` (from src/lib/limits.ts) text over the limit is flagged as you type, whatever the
 * form's validation mode, and never cut: what was typed stays, so nothing is lost. Long-text
 * fields (multiline, or `counter`) also count the characters.
 */
export function TextFieldControl<T extends FieldValues>({
  control,
  name,
  helperText,
  limit,
  counter,
  ...props
}: {
  control: Control<T>;
  name: FieldPath<T>;
  limit?: number;
  counter?: boolean;
} & Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const text = typeof field.value === 'string' ? field.value : '';
  const overLimit = limit !== undefined && text.trim().length > limit;
  const message =
    fieldState.error?.message ?? (overLimit ? tooLongMessage(limit) : undefined) ?? helperText;
  const count =
    limit !== undefined && (counter ?? Boolean(props.multiline))
      ? `${text.length.toLocaleString('en-US')} / ${limit.toLocaleString('en-US')}`
      : null;
  return (
    <TextField
      {...props}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error) || overLimit}
      helperText={
        count ? (
          <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
            <span>{message}</span>
            <Box component="span" sx={{ flexShrink: 0 }}>
              {count}
            </Box>
          </Box>
        ) : (
          message
        )
      }
    />
  );
}
