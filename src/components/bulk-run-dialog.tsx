import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useId, useRef, useState } from 'react';
import {
  countRows,
  forgetBulkRun,
  newBulkRun,
  requeue,
  runBulk,
  type BulkRow,
  type BulkRunState,
} from '../lib/bulk-run.ts';
import { notify } from '../lib/notifications.ts';
import { BulkResults } from './bulk-results.tsx';

/** Above this many removals the count must be typed to confirm. */
export const TYPE_COUNT_ABOVE = 10;

export interface BulkItem<T> {
  key: string;
  label: string;
  input: T;
}

export interface BulkPreview {
  /** What will happen, counted per outcome: "Invite as Member: 12". */
  outcomes: readonly { label: string; count: number }[];
  /** Rows that will not be sent, and why. */
  skipped: readonly { label: string; reason: string }[];
}

/**
 * A bulk change in three steps: the preview (counts per outcome, the rows skipped and why), one
 * confirmation naming the count (typed, for removals of more than TYPE_COUNT_ABOVE), then the run:
 * a few requests at a time, progress with done and failed counts, Cancel, each row's result with
 * the server's message, Retry failed, and one cache refresh (`onSettled`) when a run ends.
 */
export function BulkRunDialog<T>({
  title,
  scope,
  items,
  preview,
  confirmLabel,
  destructive = false,
  perform,
  onSettled,
  onClose,
}: {
  title: string;
  scope: string;
  items: readonly BulkItem<T>[];
  preview: BulkPreview;
  confirmLabel: (count: number) => string;
  destructive?: boolean;
  perform: (input: T) => Promise<unknown>;
  onSettled: () => unknown;
  onClose: () => void;
}) {
  const titleId = useId();
  const [run, setRun] = useState<BulkRunState | null>(null);
  const [typed, setTyped] = useState('');
  const abort = useRef<AbortController | null>(null);
  const inputs = useRef(new Map(items.map((item) => [item.key, item.input])));
  const count = items.length;
  const mustType = destructive && count > TYPE_COUNT_ABOVE;
  const running = run?.phase === 'running';
  // Leaving mid-run (the dialog unmounts) stops sending, as Cancel does.
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (state: BulkRunState) => {
    const controller = new AbortController();
    abort.current = controller;
    const ended = await runBulk(state, inputs.current, perform, setRun, controller.signal);
    await onSettled();
    const counts = countRows(ended.rows);
    notify(
      `${title}: ${counts.done} done, ${counts.failed} failed${counts.notSent ? `, ${counts.notSent} not sent` : ''}.`,
      counts.failed || counts.notSent ? 'warning' : 'success',
    );
  };

  const close = () => {
    if (run) forgetBulkRun(run.id);
    onClose();
  };

  return (
    <Dialog
      open
      onClose={running ? undefined : close}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {run ? <Progress run={run} /> : <PreviewStep preview={preview} />}
        {!run && mustType && (
          <TextField
            label={`Type ${count} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            fullWidth
            sx={{ mt: 2 }}
            autoComplete="off"
          />
        )}
      </DialogContent>
      <DialogActions>
        {!run && (
          <>
            <Button onClick={close}>Back</Button>
            <Button
              variant="contained"
              color={destructive ? 'error' : 'primary'}
              disabled={count === 0 || (mustType && typed.trim() !== String(count))}
              onClick={() => void start(newBulkRun(title, scope, items))}
            >
              {confirmLabel(count)}
            </Button>
          </>
        )}
        {running && <Button onClick={() => abort.current?.abort()}>Cancel</Button>}
        {run && !running && (
          <EndActions run={run} onAgain={(next) => void start(next)} onClose={close} />
        )}
      </DialogActions>
    </Dialog>
  );
}

function PreviewStep({ preview }: { preview: BulkPreview }) {
  return (
    <>
      <List dense aria-label="What will happen">
        {preview.outcomes.map((outcome) => (
          <ListItem key={outcome.label} disableGutters>
            <ListItemText primary={`${outcome.label}: ${outcome.count.toLocaleString('en')}`} />
          </ListItem>
        ))}
      </List>
      {preview.skipped.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3">
            {preview.skipped.length.toLocaleString('en')} will be skipped:
          </Typography>
          <List dense aria-label="Skipped">
            {preview.skipped.slice(0, 100).map((row, index) => (
              <ListItem key={`${row.label}-${index}`} disableGutters>
                <ListItemText primary={row.label} secondary={row.reason} />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </>
  );
}

function Progress({ run }: { run: BulkRunState }) {
  const counts = countRows(run.rows);
  const answered = counts.done + counts.failed;
  const phase =
    run.phase === 'running'
      ? `Sending: ${answered.toLocaleString('en')} of ${counts.total.toLocaleString('en')}`
      : run.phase === 'cancelled'
        ? 'Cancelled: nothing more was sent'
        : 'Finished';
  return (
    <Stack spacing={1}>
      <Typography role="status">
        {phase} · {counts.done.toLocaleString('en')} done · {counts.failed.toLocaleString('en')}{' '}
        failed
        {run.phase === 'cancelled' ? ` · ${counts.notSent.toLocaleString('en')} not sent` : ''}
      </Typography>
      <LinearProgress
        aria-label="Progress"
        variant="determinate"
        value={counts.total ? (100 * answered) / counts.total : 100}
      />
      <BulkResults rows={run.rows.filter((row: BulkRow) => row.status !== 'pending')} />
    </Stack>
  );
}

function EndActions({
  run,
  onAgain,
  onClose,
}: {
  run: BulkRunState;
  onAgain: (state: BulkRunState) => void;
  onClose: () => void;
}) {
  const counts = countRows(run.rows);
  return (
    <>
      {counts.failed > 0 && (
        <Button onClick={() => onAgain(requeue(run, ['failed']))}>
          Retry failed ({counts.failed})
        </Button>
      )}
      {counts.notSent > 0 && (
        <Button onClick={() => onAgain(requeue(run, ['not-sent']))}>
          Send the rest ({counts.notSent})
        </Button>
      )}
      <Button variant="contained" onClick={onClose}>
        Close
      </Button>
    </>
  );
}
