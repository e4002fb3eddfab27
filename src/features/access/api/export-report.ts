import type { QueryClient } from '@tanstack/react-query';
import type { CsvCell } from '../../../lib/csv.ts';
import { readAllPages, type ReadProgress } from '../../../lib/read-pages.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import type { ReportParams } from '../lib/report-params.ts';
import { matrixRows } from '../lib/report-csv.ts';
import { matrixDocument, readMatrix, type MatrixCells } from './matrix-document.ts';
import {
  accessQueries,
  adminGroupsPage,
  adminPeoplePage,
  rosterPeople,
  type GroupRow,
  type Person,
} from './queries.ts';

/** Rows read per request by the export: few requests, none of them heavy. */
export const EXPORT_PAGE = 200;
/** People and groups whose cells one request asks (times the dataset columns, at most 5). */
export const CELLS_PER_REQUEST = 100;

export interface ReportView {
  params: ReportParams;
  admin: boolean;
  /** The dataset columns on screen: the file has the same columns. */
  columns: readonly string[];
  /** Every chosen dataset (the level filter looks at all of them). */
  chosen: readonly string[];
}

/**
 * The report's current view as CSV: every person and group its filters match (all pages, not
 * only the screen), with the cells of the dataset columns on screen, read a slice at a time.
 * Progress counts the rows listed, then the rows whose cells have been read.
 */
export async function exportAccessReport(
  client: QueryClient,
  view: ReportView,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<CsvCell[][]> {
  const people = await readPeople(client, view, onProgress, signal);
  const { groups, withDefault } = await readGroups(client, view, signal);
  const rows: (Person | GroupRow)[] = [...people, ...groups];
  const cells: MatrixCells = new Map();
  // At least one request: a view with no rows still has each column's default.
  for (let start = 0; start === 0 || start < rows.length; start += CELLS_PER_REQUEST) {
    signal.throwIfAborted();
    const slice = rows.slice(start, start + CELLS_PER_REQUEST);
    const request = {
      datasets: view.columns,
      people: slice.filter(isPerson).map((person) => person.id),
      groups: slice.filter((row) => !isPerson(row)).map((group) => group.id),
    };
    if (request.datasets.length > 0) {
      const { document, variables } = matrixDocument(request);
      mergeCells(cells, readMatrix(request, await gqlRequest(document, variables)));
    }
    onProgress(start + slice.length, rows.length);
  }
  signal.throwIfAborted();
  return matrixRows(view.columns, people, groups, cells, withDefault);
}

function isPerson(row: Person | GroupRow): row is Person {
  return 'email' in row;
}

async function readPeople(
  client: QueryClient,
  { params, admin, chosen }: ReportView,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<Person[]> {
  const key = { admin, q: params.q, group: params.group };
  if (params.level) {
    const scan = await client.query(
      accessQueries.levelScan({ ...key, level: params.level, datasets: chosen }),
    );
    return scan.matching;
  }
  if (!admin) return rosterPeople(await client.query(accessQueries.roster()), key);
  return readAllPages((page) => adminPeoplePage(key, page, EXPORT_PAGE), onProgress, signal);
}

async function readGroups(
  client: QueryClient,
  { params, admin, chosen }: ReportView,
  signal: AbortSignal,
): Promise<{ groups: GroupRow[]; withDefault: boolean }> {
  if (params.level) {
    const scan = await client.query(
      accessQueries.groupLevelScan({ level: params.level, datasets: chosen }),
    );
    return { groups: scan.groups, withDefault: scan.defaultAtLevel };
  }
  if (!admin) {
    const roster = await client.query(accessQueries.roster());
    return { groups: roster.groups.map(({ id, name }) => ({ id, name })), withDefault: true };
  }
  const groups = await readAllPages(
    (page) => adminGroupsPage(page, EXPORT_PAGE),
    () => undefined,
    signal,
  );
  return { groups, withDefault: true };
}

/** Adds a slice's cells to those read so far, column by column (a dataset gone stays gone). */
function mergeCells(into: MatrixCells, slice: MatrixCells) {
  for (const [dataset, column] of slice) {
    const known = into.get(dataset);
    if (column === null || !into.has(dataset)) into.set(dataset, column);
    else if (known) {
      for (const [id, level] of column.people) known.people.set(id, level);
      for (const [id, level] of column.groups) known.groups.set(id, level);
    }
  }
}
