import {
  Alert,
  Button,
  CircularProgress,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { uploadFile } from '../api/file-transfer.ts';
import { pluginQueries, type Plugin } from '../api/queries.ts';
import { useInstallPlugin } from '../api/use-plugin-mutations.ts';
import type { PreparedArchive } from '../archive/prepare-archive.ts';
import { ArchiveSummary } from './archive-summary.tsx';
import { ArchivePicker } from './archive-picker.tsx';
import { describeReplacement, type Replacement } from './replacement-wording.ts';

type Stage =
  | { stage: 'choose' }
  | { stage: 'reading' }
  | { stage: 'ready'; archive: PreparedArchive; existing: Plugin | null }
  | { stage: 'uploading'; archive: PreparedArchive; existing: Plugin | null; fraction: number }
  | { stage: 'installing'; archive: PreparedArchive; existing: Plugin | null }
  | {
      stage: 'failed';
      archive: PreparedArchive;
      existing: Plugin | null;
      error: unknown;
      /** The uploaded file, kept when the server refused only because the name is taken. */
      conflictToken: string | null;
    };

export interface Installed {
  plugin: Plugin;
  /** The version it replaced; undefined for a new plugin. */
  replaced: { version: string | null } | undefined;
}

/**
 * upload_plugin(): choose a zip or a folder, see what it holds, then upload it with progress and
 * install it. A plugin of the same name is only replaced once the person chose to upgrade it.
 */
export function InstallPluginDialog({
  upgradeOf,
  onClose,
  onInstalled,
}: {
  /** Upgrading this plugin: the archive must hold a plugin of this name. */
  upgradeOf?: { name: string; version: string | null };
  onClose: () => void;
  onInstalled: (installed: Installed) => void;
}) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const install = useInstallPlugin();
  const [state, setState] = useState<Stage>({ stage: 'choose' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const busy =
    state.stage === 'reading' || state.stage === 'uploading' || state.stage === 'installing';

  const [readError, setReadError] = useState<string | null>(null);

  const prepared = async (read: Promise<PreparedArchive>) => {
    setState({ stage: 'reading' });
    try {
      const archive = await read;
      const name = archive.check.kind === 'plugin' ? archive.check.manifest.name : null;
      const installed = name ? await queryClient.query(pluginQueries.list(true)) : [];
      setState({
        stage: 'ready',
        archive,
        existing: installed.find((plugin) => plugin.name === name) ?? null,
      });
    } catch (error) {
      setState({ stage: 'choose' });
      setReadError(errorMessage(error));
    }
  };

  const run = async (archive: PreparedArchive, existing: Plugin | null, token: string | null) => {
    const overwrite = token !== null || existing !== null;
    let fileToken = token;
    try {
      if (fileToken === null) {
        abort.current = new AbortController();
        setState({ stage: 'uploading', archive, existing, fraction: 0 });
        fileToken = await uploadFile(
          new Blob([archive.bytes], { type: 'application/zip' }),
          archive.fileName,
          (fraction) => setState({ stage: 'uploading', archive, existing, fraction }),
          abort.current.signal,
        );
      }
      setState({ stage: 'installing', archive, existing });
      const plugin = await install.mutateAsync({ token: fileToken, overwrite });
      onInstalled({ plugin, replaced: existing ? { version: existing.version } : undefined });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const conflict = isApiError(error) && error.code === 'CONFLICT';
      setState({
        stage: 'failed',
        archive,
        existing,
        error,
        // A refusal for the name leaves the upload on the server, to install with overwrite.
        conflictToken: conflict ? fileToken : null,
      });
    }
  };

  return (
    <FormDialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {replacementOf(state)?.title ??
          (upgradeOf ? `Upgrade ${upgradeOf.name}` : 'Install a plugin')}
      </DialogTitle>
      <DialogContent>
        {state.stage === 'choose' || state.stage === 'reading' ? (
          <Stack spacing={2}>
            <ArchivePicker
              disabled={state.stage === 'reading'}
              onZip={(read) => {
                setReadError(null);
                void prepared(read);
              }}
              onProblem={setReadError}
            />
            {state.stage === 'reading' && <LinearProgress aria-label="Reading the archive" />}
            {readError && (
              <Alert severity="error" role="alert">
                {readError}
              </Alert>
            )}
          </Stack>
        ) : (
          <Review state={state} upgradeOf={upgradeOf} />
        )}
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            abort.current?.abort();
            onClose();
          }}
          disabled={state.stage === 'installing'}
        >
          Cancel
        </Button>
        {(state.stage === 'ready' || state.stage === 'failed') && (
          <Button onClick={() => setState({ stage: 'choose' })}>Choose another</Button>
        )}
        <PrimaryAction
          state={state}
          upgradeOf={upgradeOf}
          onRun={(archive, existing, token) => void run(archive, existing, token)}
        />
      </DialogActions>
    </FormDialog>
  );
}

/** Once the archive is read: what installing it over the installed plugin would be, if any. */
function replacementOf(state: Stage): Replacement | null {
  if (state.stage === 'choose' || state.stage === 'reading') return null;
  const { archive, existing } = state;
  if (!existing || existing.builtin || archive.check.kind !== 'plugin') return null;
  if (archive.check.manifest.name !== existing.name) return null;
  return describeReplacement(existing.name, existing.version, archive.check.manifest.version);
}

/** Why the archive cannot be installed here, if it cannot. */
function blocker(
  archive: PreparedArchive,
  existing: Plugin | null,
  upgradeOf: { name: string } | undefined,
): string | null {
  const check = archive.check;
  if (check.kind === 'invalid') return check.problem;
  if (check.kind === 'plugin') {
    if (upgradeOf && check.manifest.name !== upgradeOf.name) {
      return `This archive holds the plugin ${check.manifest.name}, not ${upgradeOf.name}.`;
    }
    if (existing?.builtin) {
      return `${existing.name} is a built-in plugin: it ships with FiftyOne and cannot be replaced.`;
    }
  }
  return null;
}

function Review({
  state,
  upgradeOf,
}: {
  state: Exclude<Stage, { stage: 'choose' } | { stage: 'reading' }>;
  upgradeOf: { name: string } | undefined;
}) {
  const { archive, existing } = state;
  const progressLabelId = useId();
  const manifest = archive.check.kind === 'plugin' ? archive.check.manifest : null;
  const problem = blocker(archive, existing, upgradeOf);
  const replacement = replacementOf(state);
  return (
    <Stack spacing={2}>
      {problem ? (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      ) : archive.check.kind === 'unpreviewable' ? (
        <Alert severity="warning">
          {archive.check.reason} The server will read it when you install it.
        </Alert>
      ) : replacement ? (
        <Alert severity={replacement.severity}>{replacement.notice}</Alert>
      ) : null}
      <ArchiveSummary archive={archive} manifest={manifest} />
      {state.stage === 'uploading' && (
        <Stack spacing={0.5}>
          <Typography variant="body2" id={progressLabelId}>
            Uploading {archive.fileName}: {Math.round(state.fraction * 100)}%
          </Typography>
          <LinearProgress
            variant="determinate"
            value={Math.round(state.fraction * 100)}
            aria-labelledby={progressLabelId}
          />
        </Stack>
      )}
      {state.stage === 'installing' && (
        <Stack spacing={0.5}>
          <Typography variant="body2">Uploaded. Installing…</Typography>
          <LinearProgress aria-label="Installing" />
        </Stack>
      )}
      {state.stage === 'failed' && (
        <Alert severity="error" role="alert">
          {state.conflictToken
            ? `${errorMessage(state.error)}. Replace the installed plugin with this one?`
            : `Installing failed: ${errorMessage(state.error)}`}
        </Alert>
      )}
    </Stack>
  );
}

function PrimaryAction({
  state,
  upgradeOf,
  onRun,
}: {
  state: Stage;
  upgradeOf: { name: string } | undefined;
  onRun: (archive: PreparedArchive, existing: Plugin | null, token: string | null) => void;
}) {
  if (state.stage === 'choose' || state.stage === 'reading') return null;
  const { archive, existing } = state;
  if (blocker(archive, existing, upgradeOf)) return null;
  const busy = state.stage === 'uploading' || state.stage === 'installing';
  const conflictToken = state.stage === 'failed' ? state.conflictToken : null;
  const replacement = replacementOf(state);
  const label = conflictToken
    ? 'Replace it'
    : replacement
      ? replacement.action
      : state.stage === 'failed'
        ? 'Try again'
        : 'Install';
  return (
    <Button
      variant="contained"
      color={replacement?.change === 'downgrade' && !conflictToken ? 'warning' : 'primary'}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
      onClick={() => onRun(archive, existing, conflictToken)}
    >
      {label}
    </Button>
  );
}
