import { Alert, Box, Button, CircularProgress, DialogActions } from '@mui/material';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

type SubmitColor = 'primary' | 'warning' | 'error';

/**
 * The action bar of a form dialog: Cancel, then the submit button. Both are disabled while the
 * request is pending, and the submit button shows a spinner in place of its start icon.
 *
 * A refusal must be seen where the eye is, at the buttons: `error` is shown right above them,
 * and any other alert that appears in the dialog (a message a dialog renders in its own
 * content) is scrolled into view, so no server refusal lands below the fold.
 */
export function FormDialogActions({
  onCancel,
  pending,
  submitLabel,
  form,
  submitDisabled = false,
  submitColor = 'primary',
  cancelAutoFocus = false,
  error,
  onSubmit,
}: {
  onCancel: () => void;
  pending: boolean;
  submitLabel: ReactNode;
  /** The id of the form the submit button belongs to, when it is rendered outside the form. */
  form?: string;
  /** Disables the submit button for a reason other than the pending request. */
  submitDisabled?: boolean;
  /** Warning or error colours for a change that needs reading first or cannot be undone. */
  submitColor?: SubmitColor;
  /** Puts the focus on Cancel when the dialog opens (a confirmation with nothing to type). */
  cancelAutoFocus?: boolean;
  /** Why the last attempt failed (e.g. the server's refusal), shown next to the buttons. */
  error?: ReactNode;
  /** Makes the primary button a plain button that calls this, instead of submitting a form. */
  onSubmit?: () => void;
}) {
  const bar = useRef<HTMLDivElement>(null);
  useRevealAlerts(bar);
  return (
    <Box ref={bar}>
      {error ? (
        <Alert severity="error" role="alert" sx={{ mx: 3, mt: 1 }}>
          {error}
        </Alert>
      ) : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={pending} autoFocus={cancelAutoFocus}>
          Cancel
        </Button>
        <Button
          type={onSubmit ? 'button' : 'submit'}
          form={form}
          onClick={onSubmit}
          variant="contained"
          color={submitColor}
          disabled={submitDisabled || pending}
          startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {submitLabel}
        </Button>
      </DialogActions>
    </Box>
  );
}

/**
 * Scrolls every alert that appears (or changes its text) inside the dialog around `anchor` into
 * view. One place for it, so every dialog with this action bar gets it.
 */
function useRevealAlerts(anchor: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = anchor.current?.closest('[role="dialog"]');
    if (!dialog) return;
    const observer = new MutationObserver((records) => {
      const alert = records.flatMap(alertsIn).at(0);
      // jsdom has no scrollIntoView; browsers all do.
      if (alert && typeof alert.scrollIntoView === 'function') {
        alert.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    });
    observer.observe(dialog, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [anchor]);
}

/** The alerts a change brought: an alert added, or new text inside one. */
function alertsIn(record: MutationRecord): Element[] {
  const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
  return nodes.flatMap((node) => {
    const element = node instanceof Element ? node : node.parentElement;
    const alert = element?.closest('[role="alert"]') ?? element?.querySelector('[role="alert"]');
    return alert ? [alert] : [];
  });
}
