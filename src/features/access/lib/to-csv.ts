// A stand-in with the shape of the shared safe CSV writer (src/lib/csv.ts, written in parallel):
// `toCsv(rows)`. The lead swaps this for the shared one when the branches merge.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will not run as a formula, quoted when it must be (RFC 4180). */
function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 text with a byte-order mark (so spreadsheets read UTF-8) and CRLF line ends. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
