import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import {
  createContext,
  useCallback,
  useContext,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { errorMessage } from '../lib/api-error.ts';

export interface ConfirmOptions {
  title: string;
  /** What will be lost, in words the person recognises. */
  description: ReactNode;
  confirmLabel: string;
  /** Irreversible: the confirm button is red. */
  destructive?: boolean;
  /** The most destructive operations ask for this text to be typed. */
  typeToConfirm?: string;
  /** Runs while the dialog stays open and busy; a failure is shown in the dialog. */
  action: () => Promise<unknown>;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

interface Pending extends ConfirmOptions {
  resolve: (done: boolean) => void;
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback<Confirm>(
    (options) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    [],
  );
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {pending && (
        <ConfirmDialog
          key={pending.title}
          options={pending}
          onClose={(done) => {
            pending.resolve(done);
            setPending(null);
          }}
        />
      )}
    </ConfirmContext.Provider>
  );
}

/** `await confirm({...})`: true once the action has succeeded, false if the person cancelled. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider');
  return confirm;
}

function ConfirmDialog({
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
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)} disabled={busy} autoFocus={!options.typeToConfirm}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color={options.destructive ? 'error' : 'primary'}
          onClick={() => void run()}
          disabled={!matches || busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {options.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
