import {
  Alert,
  Button,
  CircularProgress,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { BulkRunDialog, type BulkItem } from '../../../components/bulk-run-dialog.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import {
  checkInviteRows,
  readMembers,
  type CsvInviteCheck,
  type CsvInviteRow,
  type KnownPeople,
} from '../api/csv-invites.ts';
import { checkInviteRowsInSlices, parseInviteCsvInSlices } from '../api/csv-invites-in-slices.ts';
import { SendInvitationMutation } from '../api/documents.ts';
import { userQueries } from '../api/queries.ts';
import { CsvPreviewTable } from './csv-preview-table.tsx';
import { InvitationEmailsNotice } from './invitation-flags.tsx';

interface Invite {
  email: string;
  role: Role;
}

/** Where checking a file has come: reading it (characters) or checking its rows. */
interface CheckProgress {
  step: 'reading' | 'checking';
  done: number;
  total: number;
}

/**
 * Invite from a CSV file or pasted CSV: every row checked first (the invite dialog's rules),
 * rows dropped at will, then the invitations sent by the bulk runner.
 */
export function InviteCsvDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [rows, setRows] = useState<CsvInviteRow[] | null>(null);
  const [known, setKnown] = useState<KnownPeople | null>(null);
  // The verdicts as first checked (in slices); dropping rows re-checks them, in one go (a few
  // milliseconds even for 10,000 rows: what holds the page is parsing, and drawing, not this).
  const [firstChecks, setFirstChecks] = useState<CsvInviteCheck[] | null>(null);
  const [dropped, setDropped] = useState<ReadonlySet<number>>(new Set());
  const [checking, setChecking] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const stop = useRef<AbortController | null>(null);
  // Closing the dialog stops a check under way.
  useEffect(() => () => stop.current?.abort(), []);

  const checks = useMemo(() => {
    if (!rows || !known || !firstChecks) return null;
    return dropped.size === 0 ? firstChecks : checkInviteRows(rows, known, dropped);
  }, [rows, known, firstChecks, dropped]);
  const ready = useMemo(
    () => checks?.filter((check) => check.ok && !dropped.has(check.line)) ?? [],
    [checks, dropped],
  );

  const check = async () => {
    const text = file?.text ?? pasted;
    const abort = new AbortController();
    stop.current = abort;
    setChecking(true);
    setError(null);
    setProgress({ step: 'reading', done: 0, total: text.length });
    try {
      const [parsed, members, invitations, seats] = await Promise.all([
        parseInviteCsvInSlices(
          text,
          (done, total) => setProgress({ step: 'reading', done, total }),
          abort.signal,
        ),
        readMembers(abort.signal),
        queryClient.query({ ...userQueries.invitations(), staleTime: 0 }),
        queryClient.query({ ...userQueries.seats(), staleTime: 0 }),
      ]);
      if (parsed.length === 0) throw new Error('The CSV has no rows.');
      const people: KnownPeople = {
        members,
        invited: new Set(invitations.map((i) => i.inviteeEmail.toLowerCase())),
        seats,
      };
      const verdicts = await checkInviteRowsInSlices(
        parsed,
        people,
        (done, total) => setProgress({ step: 'checking', done, total }),
        abort.signal,
      );
      setKnown(people);
      setDropped(new Set());
      setRows(parsed);
      setFirstChecks(verdicts);
    } catch (failure) {
      if (!abort.signal.aborted) setError(`Checking the CSV failed: ${errorMessage(failure)}`);
    } finally {
      if (stop.current === abort) stop.current = null;
      setChecking(false);
      setProgress(null);
    }
  };

  const toggle = (line: number) =>
    setDropped((before) => {
      const next = new Set(before);
      if (!next.delete(line)) next.add(line);
      return next;
    });

  if (sending && checks) {
    const items: BulkItem<Invite>[] = ready.flatMap((row) =>
      row.role
        ? [{ key: row.email, label: row.email, input: { email: row.email, role: row.role } }]
        : [],
    );
    const outcomes = ROLES.map((role) => ({
      label: `Invite as ${ROLE_LABELS[role]}`,
      count: items.filter((item) => item.input.role === role).length,
    })).filter((outcome) => outcome.count > 0);
    const skipped = checks.flatMap((row) =>
      !row.ok
        ? [{ label: `Line ${row.line}: ${row.email || '(empty)'}`, reason: row.problem }]
        : dropped.has(row.line)
          ? [{ label: `Line ${row.line}: ${row.email}`, reason: 'Dropped from the import' }]
          : [],
    );
    return (
      <BulkRunDialog
        title="Invite from CSV"
        scope="users"
        items={items}
        preview={{ outcomes, skipped }}
        confirmLabel={(n) => `Send ${n.toLocaleString('en')} invitation${n === 1 ? '' : 's'}`}
        perform={(invite) => gqlMutation(SendInvitationMutation, invite)}
        onSettled={() => queryClient.invalidateQueries({ queryKey: userQueries.all() })}
        onClose={onClose}
      />
    );
  }

  return (
    <FormDialog
      open
      onClose={checking ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>Invite from CSV</DialogTitle>
      <DialogContent>
        <InvitationEmailsNotice />
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Columns: e-mail, role (Admin, Member, Collaborator or Guest) and, optionally, groups. A
          header row, commas, semicolons or tabs are all fine. Groups are shown for reference: the
          API adds people to groups only once they have joined.
        </Typography>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ mb: 2, alignItems: { sm: 'center' } }}
        >
          <Button component="label" variant="outlined">
            Choose a CSV file
            <input
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-label="CSV file"
              hidden
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                if (!chosen) return;
                void chosen.text().then((text) => {
                  setFile({ name: chosen.name, text });
                  setRows(null);
                });
              }}
            />
          </Button>
          {file && (
            <Typography>
              {file.name}{' '}
              <Button size="small" onClick={() => setFile(null)}>
                Use pasted text instead
              </Button>
            </Typography>
          )}
        </Stack>
        {!file && (
          <TextField
            label="Or paste CSV"
            value={pasted}
            onChange={(event) => {
              setPasted(event.target.value);
              setRows(null);
            }}
            multiline
            minRows={4}
            maxRows={10}
            fullWidth
          />
        )}
        {progress && <CheckingProgress progress={progress} />}
        {error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
        {checks && (
          <CsvPreviewTable
            checks={checks}
            dropped={dropped}
            onToggle={toggle}
            ready={ready.length}
          />
        )}
      </DialogContent>
      <DialogActions>
        {/* Also while checking: closing stops the check. */}
        <Button onClick={onClose}>Cancel</Button>
        {checks ? (
          <Button
            variant="contained"
            disabled={ready.length === 0}
            onClick={() => setSending(true)}
          >
            Review {ready.length.toLocaleString('en')} invitation{ready.length === 1 ? '' : 's'}
          </Button>
        ) : (
          <Button
            variant="contained"
            onClick={() => void check()}
            disabled={checking || (!file && !pasted.trim())}
            startIcon={checking ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            Check rows
          </Button>
        )}
      </DialogActions>
    </FormDialog>
  );
}

/** "Reading the file: 40%" then "Checking rows: 4,000 of 10,000", with a bar. */
function CheckingProgress({ progress }: { progress: CheckProgress }) {
  const { step, done, total } = progress;
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  return (
    <Stack spacing={0.5} sx={{ mt: 2 }}>
      <Typography variant="body2" role="status">
        {step === 'reading'
          ? `Reading the file: ${String(percent)}%`
          : `Checking rows: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={step === 'reading' ? 'Reading the CSV' : 'Checking the rows'}
      />
    </Stack>
  );
}
