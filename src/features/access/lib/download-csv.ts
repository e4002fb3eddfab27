import { toCsv } from './to-csv.ts';

/** Saves `rows` as a CSV file through the browser's download. */
export function downloadCsv(rows: string[][], fileName: string): void {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  URL.revokeObjectURL(url);
}
