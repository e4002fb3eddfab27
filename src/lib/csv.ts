// A CSV writer that is safe to open in a spreadsheet: RFC 4180 quoting, CRLF line ends, UTF-8
// with a byte order mark (so Excel reads accents right), and every cell a spreadsheet could take
// for a formula neutralised with a leading apostrophe (OWASP "CSV injection").

export type CsvCell = string | number | boolean | null | undefined;

/** What a spreadsheet reads as the start of a formula (OWASP's list). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export const BOM = '\uFEFF';
const LINE_END = '\r\n';

/** True when a spreadsheet would evaluate a cell starting like this. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.has(text.charAt(0));
}

/** The text a cell holds once neutralised: `=1+1` becomes `'=1+1`; anything else unchanged. */
export function neutraliseCell(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** One field as RFC 4180 writes it: quoted when it holds a quote, a comma or a line break. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows (the header first) as CSV text: BOM, neutralised cells, quoted fields, CRLF after each. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let text = BOM;
  for (const row of rows)
    text += row.map((cell) => quote(neutraliseCell(cell))).join(',') + LINE_END;
  return text;
}

/** `users-2026-12-02.csv`: what the file holds and the day (the person's own calendar day). */
export function csvFileName(what: string, day: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  // Free text (an e-mail, a name) keeps only what every file system accepts.
  const safe = what.replace(/[^\p{L}\p{N}._@-]+/gu, '-');
  return `${safe}-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.csv`;
}

/** Saves CSV text as a download named after what it holds and today. */
export function downloadCsv(what: string, csv: string): string {
  const fileName = csvFileName(what);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; free the memory after that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return fileName;
}
