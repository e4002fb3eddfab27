import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  type DialogProps,
} from '@mui/material';
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { NavigationType, useBeforeUnload, useBlocker } from 'react-router';

type CloseReason = 'backdropClick' | 'escapeKeyDown';

/**
 * A dialog with a form in it: once something was typed or chosen in it, and while text (or a
 * file) is still in its fields, nothing typed is lost without asking. A click outside or Escape
 * asks whether to discard it (Cancel, a deliberate choice, does not); the browser's Back or
 * Forward to another page asks whether to leave; closing or reloading the browser tab gets the
 * browser's own prompt. The console's own navigation after a form went through (e.g. to a new
 * group's page) is not held back: only the browser's history buttons are, as nothing else on the
 * page can be reached past the dialog.
 */
export function FormDialog({
  onClose,
  children,
  ...props
}: Omit<DialogProps, 'onClose' | 'onChange'> & {
  /** Absent while a request is pending: the dialog then stays open whatever is pressed. */
  onClose?: (event: object, reason: CloseReason) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [edited, setEdited] = useState(false);
  const [asking, setAsking] = useState<{ event: object; reason: CloseReason } | null>(null);
  const unsaved = useCallback(() => edited && holdsTyping(root.current), [edited]);
  return (
    <>
      <Dialog
        {...props}
        ref={root}
        // Every field's change bubbles here (text, selects, checkboxes, files).
        onChange={() => setEdited(true)}
        onClose={
          onClose &&
          ((event: object, reason: CloseReason) =>
            unsaved() ? setAsking({ event, reason }) : onClose(event, reason))
        }
      >
        {children}
      </Dialog>
      {asking && onClose && (
        <DiscardPrompt
          title="Discard what you typed?"
          text="What you typed in this dialog is not saved. Closing it now discards it."
          discardLabel="Discard"
          onKeep={() => setAsking(null)}
          onDiscard={() => {
            setAsking(null);
            onClose(asking.event, asking.reason);
          }}
        />
      )}
      {edited && props.open && <LeavePrompt unsaved={unsaved} />}
    </>
  );
}

/** Whether a field in the dialog still holds text or a file the person put there. */
function holdsTyping(dialog: HTMLElement | null): boolean {
  if (!dialog) return false;
  return (
    [...dialog.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .filter((field) => !field.disabled && !field.readOnly)
      // A select's value sits in a hidden input: a choice, not typing.
      .filter((field) => field.type !== 'hidden' && field.getAttribute('aria-hidden') !== 'true')
      .some((field) =>
        field instanceof HTMLInputElement && field.type === 'file'
          ? (field.files?.length ?? 0) > 0
          : !(field instanceof HTMLInputElement && ['checkbox', 'radio'].includes(field.type)) &&
            field.value.trim() !== '',
      )
  );
}

/** While something typed is unsaved: Back or Forward to another page, or leaving the site, asks. */
function LeavePrompt({ unsaved }: { unsaved: () => boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation, historyAction }) =>
      historyAction === NavigationType.Pop &&
      currentLocation.pathname !== nextLocation.pathname &&
      unsaved(),
  );
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (unsaved()) event.preventDefault();
      },
      [unsaved],
    ),
  );
  if (blocker.state !== 'blocked') return null;
  return (
    <DiscardPrompt
      title="Leave without saving?"
      text="What you typed in this dialog is not saved. Leaving this page now discards it."
      discardLabel="Discard and leave"
      onKeep={() => blocker.reset()}
      onDiscard={() => blocker.proceed()}
    />
  );
}

function DiscardPrompt({
  title,
  text,
  discardLabel,
  onKeep,
  onDiscard,
}: {
  title: string;
  text: ReactNode;
  discardLabel: string;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const titleId = useId();
  return (
    <Dialog open onClose={onKeep} aria-labelledby={titleId} maxWidth="xs">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} autoFocus>
          Keep editing
        </Button>
        <Button color="error" onClick={onDiscard}>
          {discardLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
