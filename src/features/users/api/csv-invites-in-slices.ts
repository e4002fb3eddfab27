import Papa from 'papaparse';
import {
  inviteRecordReader,
  inviteRowChecker,
  type CsvInviteCheck,
  type CsvInviteRow,
  type KnownPeople,
} from './csv-invites.ts';

// A 10,000-row file, parsed and checked in one go, holds the page still for as long as that
// takes (far longer on a slow laptop). Here the text is parsed a chunk at a time and the rows
// checked a slice at a time, each followed by a pause that lets the page draw and answer.

/** Characters parsed between two pauses (about 1,000 rows of a typical file). */
export const PARSE_CHUNK_CHARS = 48 * 1024;
/** Rows checked between two pauses. */
export const CHECK_SLICE_ROWS = 2000;

/** How far a step has come: parsing counts characters, checking counts rows. */
export type SliceProgress = (done: number, total: number) => void;

/** The next task: what is waiting (a key, a paint) runs before the work goes on. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** parseInviteCsv, a chunk at a time; stops when `signal` aborts, rejecting with its reason. */
export function parseInviteCsvInSlices(
  text: string,
  onProgress: SliceProgress,
  signal: AbortSignal,
): Promise<CsvInviteRow[]> {
  return new Promise((resolve, reject) => {
    const read = inviteRecordReader();
    const rows: CsvInviteRow[] = [];
    // Empty lines are kept while parsing so each row's line number matches the file.
    Papa.parse<string[]>(text, {
      delimitersToGuess: [',', ';', '\t'],
      chunkSize: PARSE_CHUNK_CHARS,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of read(results.data)) rows.push(row);
        onProgress(Math.min(results.meta.cursor, text.length), text.length);
        if (signal.aborted) {
          parser.abort();
          return;
        }
        parser.pause();
        void pause().then(() => parser.resume());
      },
      complete: () => {
        if (signal.aborted) reject(new DOMException('The CSV check was cancelled', 'AbortError'));
        else resolve(rows);
      },
    });
  });
}

/** checkInviteRows, a slice at a time; stops when `signal` aborts, throwing its reason. */
export async function checkInviteRowsInSlices(
  rows: readonly CsvInviteRow[],
  known: KnownPeople,
  onProgress: SliceProgress,
  signal: AbortSignal,
): Promise<CsvInviteCheck[]> {
  const check = inviteRowChecker(known);
  const checks: CsvInviteCheck[] = [];
  for (let start = 0; start < rows.length; start += CHECK_SLICE_ROWS) {
    signal.throwIfAborted();
    for (const row of rows.slice(start, start + CHECK_SLICE_ROWS)) checks.push(check(row));
    onProgress(checks.length, rows.length);
    await pause();
  }
  signal.throwIfAborted();
  return checks;
}
