import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, FormHelperText, Stack, Typography } from '@mui/material';
import { useId, useRef, useState, type CSSProperties } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/**
 * Reads a local file's text into a form field (a key file, a credentials file). The contents are
 * never displayed: only the file's name and whether it checks out.
 */
export function FileFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  accept,
  helperText,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  accept: string;
  helperText: string;
}) {
  const { field, fieldState } = useController({ control, name });
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const helpId = useId();
  const error = readError ?? fieldState.error?.message;
  return (
    <Box>
      <Typography variant="body2" component="p" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          variant="outlined"
          startIcon={<UploadFileIcon />}
          onClick={() => input.current?.click()}
          aria-describedby={helpId}
          onBlur={field.onBlur}
        >
          {fileName ? 'Choose another file' : 'Choose file'}
        </Button>
        <Typography variant="body2" color={fileName ? 'text.primary' : 'text.secondary'}>
          {fileName ?? 'No file chosen'}
        </Typography>
      </Stack>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        tabIndex={-1}
        style={visuallyHidden}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          setFileName(file.name);
          file.text().then(
            (text) => {
              setReadError(null);
              field.onChange(text);
            },
            () => setReadError(`${file.name} could not be read`),
          );
        }}
      />
      <FormHelperText id={helpId} error={Boolean(error)}>
        {error ?? helperText}
      </FormHelperText>
    </Box>
  );
}
