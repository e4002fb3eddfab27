import { Dialog, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { errorMessage } from '../lib/api-error.ts';
import type { ConfirmOptions } from './confirm-dialog.tsx';
import { FormDialogActions } from './form/dialog-actions.tsx';

export function ConfirmDialog({
  options,
  onClose,
}: {
  options: ConfirmOptions;
  onClose: (done: boolean) => void;
}) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const matches = useMemo(
    () => !options.typeToConfirm || typed.trim() === options.typeToConfirm,
    [options.typeToConfirm, typed],
  );

  const run = async () => {
    if (!matches || busy) return;
    setBusy(true);
    setError(null);
    try {
      await options.action();
      onClose(true);
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={() => {
        if (!busy) onClose(false);
      }}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{options.title}</DialogTitle>
      <DialogContent>
        <Typography component="div" id={descriptionId} sx={{ mb: 2 }}>
          {options.description}
        </Typography>
        {options.typeToConfirm && (
          <TextField
            autoFocus
            fullWidth
            label={`Type ${options.typeToConfirm} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void run();
            }}
            disabled={busy}
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
        )}
      </DialogContent>
      <FormDialogActions
        onCancel={() => onClose(false)}
        pending={busy}
        submitLabel={options.confirmLabel}
        submitColor={options.destructive ? 'error' : 'primary'}
        submitDisabled={!matches}
        cancelAutoFocus={!options.typeToConfirm}
        error={error}
        onSubmit={() => void run()}
      />
    </Dialog>
  );
}
