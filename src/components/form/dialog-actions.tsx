import { Button, CircularProgress, DialogActions } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * The action bar of a form dialog: Cancel, then the submit button. Both are disabled while the
 * request is pending, and the submit button shows a spinner in place of its start icon.
 */
export function FormDialogActions({
  onCancel,
  pending,
  submitLabel,
  form,
  submitDisabled = false,
  onSubmit,
}: {
  onCancel: () => void;
  pending: boolean;
  submitLabel: ReactNode;
  /** The id of the form the submit button belongs to, when it is rendered outside the form. */
  form?: string;
  /** Disables the submit button for a reason other than the pending request. */
  submitDisabled?: boolean;
  /** Makes the primary button a plain button that calls this, instead of submitting a form. */
  onSubmit?: () => void;
}) {
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button
        type={onSubmit ? 'button' : 'submit'}
        form={form}
        onClick={onSubmit}
        variant="contained"
        disabled={submitDisabled || pending}
        startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
      >
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
