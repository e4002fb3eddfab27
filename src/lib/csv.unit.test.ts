import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvFileName, neutraliseCell, startsLikeFormula, toCsv } from './csv.ts';

/** What a spreadsheet (or any RFC 4180 reader) gets back from the text. */
function readBack(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  // The line end after the last row leaves one empty record behind.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

// Cells that stress the writer: formula triggers, quotes, separators, line breaks, any Unicode.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', 'a', ' '),
  }),
  fc.string(),
);
const table = fc.array(fc.array(nasty, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

describe('toCsv', () => {
  it('reads back as the neutralised cells, whatever the text', () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(readBack(toCsv(rows))).toEqual(rows.map((row) => row.map(neutraliseCell)));
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a cell that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(table, (rows) => {
        for (const row of readBack(toCsv(rows))) {
          for (const cell of row) expect(startsLikeFormula(cell)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('writes UTF-8 with a BOM, CRLF line ends and RFC 4180 quotes', () => {
    const csv = toCsv([
      ['name', 'note'],
      ['Zoë "Z" Ng', '=HYPERLINK("http://x")'],
      ['a,b', 'line\nbreak'],
      ['-1', '@SUM(A1)'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(BOM.length)).toBe(
      'name,note\r\n' +
        '"Zoë ""Z"" Ng","\'=HYPERLINK(""http://x"")"\r\n' +
        '"a,b","line\nbreak"\r\n' +
        "'-1,'@SUM(A1)\r\n",
    );
  });

  it('leaves ordinary text alone and neutralises tab and carriage return too', () => {
    expect(neutraliseCell('ada@acme.ai')).toBe('ada@acme.ai');
    expect(neutraliseCell('\tcmd')).toBe("'\tcmd");
    expect(neutraliseCell('\rcmd')).toBe("'\rcmd");
    expect(neutraliseCell(null)).toBe('');
  });
});

describe('csvFileName', () => {
  it('names the file after what it holds and the day', () => {
    expect(csvFileName('users', new Date(2026, 11, 2, 23, 59))).toBe('users-2026-12-02.csv');
    expect(csvFileName('Zoë/Ng: datasets', new Date(2026, 0, 5))).toBe(
      'Zoë-Ng-datasets-2026-01-05.csv',
    );
  });
});
