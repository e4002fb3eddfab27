import { errorMessage } from './api-error.ts';

// Many ordinary requests, a few at a time (the API has no bulk mutations): each row's outcome
// with the server's message, a cancel that stops sending but keeps what was done, and the run's
// state in sessionStorage after every change, so a reload mid-run can still say what was
// applied and what was not.

/** No more requests than this in flight at once: the server sees a person, not a flood. */
export const BULK_CONCURRENCY = 3;

export type BulkRowStatus =
  /** Not sent yet. */
  | 'pending'
  /** Sent, no answer yet (after a reload: unknown whether it was applied). */
  | 'sending'
  | 'done'
  | 'failed'
  /** Cancelled before it was sent. */
  | 'not-sent';

export interface BulkRow {
  key: string;
  /** How the person recognises the row: an e-mail, a name. */
  label: string;
  status: BulkRowStatus;
  /** The server's message when it refused the row. */
  message?: string;
}

export interface BulkRunState {
  id: string;
  /** What the run does, for the summary after a reload: "Invite from CSV". */
  title: string;
  /** The page the run belongs to; its recovery notice shows there. */
  scope: string;
  phase: 'running' | 'cancelled' | 'finished';
  rows: BulkRow[];
}

export interface BulkCounts {
  total: number;
  done: number;
  failed: number;
  notSent: number;
  sending: number;
}

export function countRows(rows: readonly BulkRow[]): BulkCounts {
  const counts: BulkCounts = { total: rows.length, done: 0, failed: 0, notSent: 0, sending: 0 };
  for (const row of rows) {
    if (row.status === 'done') counts.done += 1;
    else if (row.status === 'failed') counts.failed += 1;
    else if (row.status === 'sending') counts.sending += 1;
    else counts.notSent += 1;
  }
  return counts;
}

const STORAGE_PREFIX = 'bulk-run:';
/** How often the whole state is written while a run goes on (the cursor is written at once). */
const SAVE_EVERY_MS = 300;
/** How often the screen is told (a run of thousands must not re-render per row). */
const SHOW_EVERY_MS = 100;

/**
 * What a reload needs to tell applied from not applied. The whole state is written now and then;
 * `queue` (the keys in the order they are sent) with `taken` (how many of them have been handed
 * to a request, written before each request leaves) mark every row that may have been applied
 * since the last full write.
 */
interface Cursor {
  queue: string[];
  taken: number;
}

export function saveBulkRun(state: BulkRunState): void {
  try {
    sessionStorage.setItem(STORAGE_PREFIX + state.id, JSON.stringify(state));
  } catch {
    // A full or blocked storage only costs the after-reload summary, never the run itself.
  }
}

function saveCursor(id: string, cursor: Cursor): void {
  try {
    sessionStorage.setItem(`${STORAGE_PREFIX}${id}:cursor`, JSON.stringify(cursor));
  } catch {
    // As above.
  }
}

export function forgetBulkRun(id: string): void {
  sessionStorage.removeItem(STORAGE_PREFIX + id);
  sessionStorage.removeItem(`${STORAGE_PREFIX}${id}:cursor`);
}

function isBulkRunState(value: unknown): value is BulkRunState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'scope' in value &&
    'phase' in value &&
    'rows' in value &&
    Array.isArray(value.rows)
  );
}

function readCursor(id: string): Cursor | null {
  try {
    const cursor: unknown = JSON.parse(
      sessionStorage.getItem(`${STORAGE_PREFIX}${id}:cursor`) ?? 'null',
    );
    if (
      typeof cursor === 'object' &&
      cursor !== null &&
      'queue' in cursor &&
      Array.isArray(cursor.queue) &&
      'taken' in cursor &&
      typeof cursor.taken === 'number'
    ) {
      return { queue: cursor.queue.map(String), taken: cursor.taken };
    }
  } catch {
    // Torn: fall back to the full state alone.
  }
  return null;
}

/**
 * Runs of `scope` that a reload interrupted (still marked running in this tab's storage). A row
 * handed to a request after the last full write is reported as sent without a known answer.
 */
export function interruptedBulkRuns(scope: string): BulkRunState[] {
  const runs: BulkRunState[] = [];
  for (let index = 0; index < sessionStorage.length; index += 1) {
    const key = sessionStorage.key(index);
    if (!key?.startsWith(STORAGE_PREFIX) || key.endsWith(':cursor')) continue;
    try {
      const state: unknown = JSON.parse(sessionStorage.getItem(key) ?? '');
      if (!isBulkRunState(state) || state.scope !== scope || state.phase !== 'running') continue;
      const cursor = readCursor(state.id);
      const taken = new Set(cursor?.queue.slice(0, cursor.taken));
      runs.push({
        ...state,
        rows: state.rows.map((row) =>
          row.status === 'pending' && taken.has(row.key)
            ? { ...row, status: 'sending' as const }
            : row,
        ),
      });
    } catch {
      // Not ours, or torn: skip it.
    }
  }
  return runs;
}

/**
 * Sends `perform` for each row still pending in `state`, at most BULK_CONCURRENCY at a time,
 * reporting changes through `onChange` (a few times a second) and to sessionStorage. Aborting
 * `signal` stops sending: rows in flight finish and are recorded, the rest become `not-sent`.
 */
export async function runBulk<T>(
  initial: BulkRunState,
  inputs: ReadonlyMap<string, T>,
  perform: (input: T) => Promise<unknown>,
  onChange: (state: BulkRunState) => void,
  signal: AbortSignal,
): Promise<BulkRunState> {
  const rows = initial.rows.map((row) => ({ ...row }));
  const indexOf = new Map(rows.map((row, index) => [row.key, index]));
  const snapshot = (phase: BulkRunState['phase']): BulkRunState => ({
    ...initial,
    phase,
    rows: rows.slice(),
  });
  // Each at most every so often, and once more after the last change of a burst.
  const save = throttle(() => saveBulkRun(snapshot('running')), SAVE_EVERY_MS);
  const show = throttle(() => onChange(snapshot('running')), SHOW_EVERY_MS);
  const changed = () => {
    save.call();
    show.call();
  };
  const update = (key: string, patch: Partial<BulkRow>) => {
    const index = indexOf.get(key);
    const row = index === undefined ? undefined : rows[index];
    if (index === undefined || !row) return;
    rows[index] = { ...row, ...patch };
    changed();
  };
  const cursor: Cursor = {
    queue: rows.filter((row) => row.status === 'pending').map((row) => row.key),
    taken: 0,
  };
  saveBulkRun(snapshot('running'));
  saveCursor(initial.id, cursor);
  onChange(snapshot('running'));
  const worker = async () => {
    while (cursor.taken < cursor.queue.length && !signal.aborted) {
      const key = cursor.queue[cursor.taken];
      cursor.taken += 1;
      if (key === undefined) continue;
      // Written before the request leaves: after a reload, this row counts as maybe applied.
      saveCursor(initial.id, cursor);
      const input = inputs.get(key);
      if (input === undefined) {
        update(key, { status: 'failed', message: 'Nothing to send for this row.' });
        continue;
      }
      update(key, { status: 'sending', message: undefined });
      try {
        await perform(input);
        update(key, { status: 'done' });
      } catch (error) {
        update(key, { status: 'failed', message: errorMessage(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: BULK_CONCURRENCY }, worker));
  for (const [index, row] of rows.entries()) {
    if (row.status === 'pending') rows[index] = { ...row, status: 'not-sent' };
  }
  save.stop();
  show.stop();
  const ended = snapshot(signal.aborted ? 'cancelled' : 'finished');
  saveBulkRun(ended);
  onChange(ended);
  return ended;
}

/** Calls `action` at most every `ms`, and once more after the last call of a burst. */
function throttle(action: () => void, ms: number): { call: () => void; stop: () => void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    action();
  };
  return {
    call: () => {
      const wait = ms - (Date.now() - last);
      if (wait <= 0 && !timer) run();
      else timer ??= setTimeout(run, Math.max(0, wait));
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** The same run again for the rows in `statuses` (Retry failed; Send the rest after Cancel). */
export function requeue(
  state: BulkRunState,
  statuses: readonly BulkRowStatus[] = ['failed'],
): BulkRunState {
  return {
    ...state,
    rows: state.rows.map((row) =>
      statuses.includes(row.status)
        ? { ...row, status: 'pending' as const, message: undefined }
        : row,
    ),
  };
}

/** A fresh run: every row pending. */
export function newBulkRun(
  title: string,
  scope: string,
  rows: readonly { key: string; label: string }[],
): BulkRunState {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    id,
    title,
    scope,
    phase: 'running',
    rows: rows.map((row) => ({ ...row, status: 'pending' })),
  };
}
