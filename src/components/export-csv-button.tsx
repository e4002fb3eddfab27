import DownloadIcon from '@mui/icons-material/Download';
import { Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../lib/api-error.ts';
import { downloadCsv, toCsv, type CsvCell } from '../lib/csv.ts';
import { notify } from '../lib/notifications.ts';
import type { ReadProgress } from '../lib/read-pages.ts';

/** Reads every row to export (header first), reporting progress; stops when `signal` aborts. */
export type CsvExport = (onProgress: ReadProgress, signal: AbortSignal) => Promise<CsvCell[][]>;

/**
 * "Export CSV": reads every matching row from the server (page by page, with progress and a
 * Cancel), then saves `<fileName>-YYYY-MM-DD.csv` and says how many rows it holds.
 */
export function ExportCsvButton({
  fileName,
  noun,
  read,
}: {
  /** What the file holds, the start of its name: `users`. */
  fileName: string;
  /** What the rows are, plural, for the messages: `users`. */
  noun: string;
  read: CsvExport;
}) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<{ abort: AbortController; cancelled: boolean } | null>(null);
  // Leaving the page stops the reading; nothing is saved and nothing is said.
  useEffect(() => () => running.current?.abort.abort(), []);

  const start = async () => {
    const run = { abort: new AbortController(), cancelled: false };
    running.current = run;
    setProgress({ done: 0, total: 0 });
    try {
      const rows = await read((done, total) => setProgress({ done, total }), run.abort.signal);
      const saved = downloadCsv(fileName, toCsv(rows));
      const count = rows.length - 1;
      notify(`Exported ${count.toLocaleString('en')} ${noun} to ${saved}.`);
    } catch (error) {
      if (run.cancelled) notify(`Export of ${noun} cancelled; no file was saved.`, 'info');
      else if (!run.abort.signal.aborted) {
        notify(`Exporting ${noun} failed: ${errorMessage(error)}`, 'error');
      }
    } finally {
      if (running.current === run) {
        running.current = null;
        setProgress(null);
      }
    }
  };

  const cancel = () => {
    if (!running.current) return;
    running.current.cancelled = true;
    running.current.abort.abort();
  };

  if (!progress) {
    return (
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void start()}>
        Export CSV
      </Button>
    );
  }
  const { done, total } = progress;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 220 }} role="status">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }}>
          {total > 0
            ? `Reading ${noun}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`
            : `Reading ${noun}…`}
        </Typography>
        <Button size="small" onClick={cancel}>
          Cancel export
        </Button>
      </Stack>
      <LinearProgress
        aria-label={`Exporting ${noun}`}
        variant={total > 0 ? 'determinate' : 'indeterminate'}
        value={total > 0 ? (100 * done) / total : undefined}
      />
    </Stack>
  );
}
