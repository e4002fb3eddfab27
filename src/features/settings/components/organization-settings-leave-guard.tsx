import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useCallback, useId } from 'react';
import { useBeforeUnload, useBlocker } from 'react-router';

/**
 * Asks before unsaved organization settings are left behind: another settings tab or another
 * page of the console asks here (stay, discard, or save and then go); closing or reloading the
 * browser tab gets the browser's own "Leave site?" prompt.
 */
export function OrganizationSettingsLeaveGuard({
  dirty,
  unsaved,
  saving,
  onSave,
}: {
  dirty: boolean;
  /** The settings changed, lower case ("default user role, default dataset permission"). */
  unsaved: string;
  saving: boolean;
  /** Saves, then calls `onSaved`; a failure leaves the person on the page with its message. */
  onSave: (onSaved: () => void, onFailed: () => void) => void;
}) {
  const titleId = useId();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (dirty) event.preventDefault();
      },
      [dirty],
    ),
  );

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog open onClose={saving ? undefined : () => blocker.reset()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Leave without saving?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Your changes to the {unsaved} are not saved. Leaving now discards them.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset()} disabled={saving}>
          Keep editing
        </Button>
        <Button color="error" onClick={() => blocker.proceed()} disabled={saving}>
          Discard and leave
        </Button>
        <Button
          variant="contained"
          disabled={saving}
          startIcon={saving ? <CircularProgress size={16} color="inherit" /> : undefined}
          onClick={() =>
            onSave(
              () => blocker.proceed(),
              () => blocker.reset(),
            )
          }
        >
          Save and leave
        </Button>
      </DialogActions>
    </Dialog>
  );
}
