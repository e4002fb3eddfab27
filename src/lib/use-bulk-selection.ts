import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadProgress } from './read-pages.ts';

/**
 * Every row the list's current search/filter matches, read from the server page by page (see
 * read-pages.ts); stops when `signal` aborts.
 */
export type ReadAllMatching<Row> = (
  onProgress: ReadProgress,
  signal: AbortSignal,
) => Promise<Row[]>;

/**
 * What is ticked. `rows`: rows ticked one by one or a page at a time, kept with the data seen
 * when they were ticked, so a tick survives paging. `all`: every row matching the search
 * (resolved to rows only when an action needs them), except the ones unticked since.
 */
type Ticks<Row> =
  { kind: 'rows'; rows: ReadonlyMap<string, Row> } | { kind: 'all'; except: ReadonlySet<string> };

interface Held<Row> {
  /** The list's query (search, filter, order) the ticks belong to. */
  key: string;
  ticks: Ticks<Row>;
}

/** Nothing ticked. */
function none<Row>(): Ticks<Row> {
  return { kind: 'rows', rows: new Map() };
}

export interface ResolveProgress {
  done: number;
  total: number;
}

export interface BulkSelection<Row> {
  /** How many rows are ticked, across every page. */
  count: number;
  /** How many rows the search matches (the list's total). */
  total: number;
  /** Whether "Select all N matching" is on. */
  allMatching: boolean;
  /** For the table's `selection` prop (ServerDataGrid / PagedDataGrid). */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  rowLabel: (row: Row) => string;
  selectAllMatching: () => void;
  clear: () => void;
  /**
   * The ticked rows. With "all matching" on, every page of the current search is read first
   * (progress in `resolving`); throws the signal's reason when cancelled.
   */
  resolve: () => Promise<Row[]>;
  /** Reading every matching row: how far it has come; null when not reading. */
  resolving: ResolveProgress | null;
  /** Stops a read under way (resolve() then rejects). */
  cancelResolve: () => void;
}

/**
 * The ticked rows of a server-paged list. Ticks survive paging; "Select all N matching" covers
 * every page of the current search without reading it until it is needed; a new search or filter
 * (a new `key`) starts with nothing ticked, since what was ticked may no longer be listed.
 */
export function useBulkSelection<Row>({
  key,
  rows,
  rowId,
  rowLabel,
  total,
  readAll,
}: {
  /** The list's query params that decide which rows match (not the page): search, filter, order. */
  key: string;
  /** The rows on screen (the current page). */
  rows: readonly Row[];
  rowId: (row: Row) => string;
  rowLabel: (row: Row) => string;
  total: number;
  readAll: ReadAllMatching<Row>;
}): BulkSelection<Row> {
  const [held, setHeld] = useState<Held<Row>>(() => ({ key, ticks: none() }));
  const [resolving, setResolving] = useState<ResolveProgress | null>(null);
  const reading = useRef<AbortController | null>(null);
  // Ticks of another search are not shown and are replaced by the next tick.
  const ticks: Ticks<Row> = held.key === key ? held.ticks : none();
  const pageIds = rows.map(rowId);

  // A read of the old search is no longer what the person asked for.
  useEffect(() => {
    reading.current?.abort();
  }, [key]);
  useEffect(() => () => reading.current?.abort(), []);

  const selected =
    ticks.kind === 'rows' ? [...ticks.rows.keys()] : pageIds.filter((id) => !ticks.except.has(id));

  const onChange = (next: string[]) => {
    const nextSet = new Set(next);
    if (ticks.kind === 'all') {
      const except = new Set(ticks.except);
      for (const id of pageIds) {
        if (nextSet.has(id)) except.delete(id);
        else except.add(id);
      }
      setHeld({ key, ticks: { kind: 'all', except } });
      return;
    }
    const onPage = new Map(rows.map((row) => [rowId(row), row]));
    const kept = new Map<string, Row>();
    for (const id of next) {
      const row = ticks.rows.get(id) ?? onPage.get(id);
      if (row !== undefined) kept.set(id, row);
    }
    setHeld({ key, ticks: { kind: 'rows', rows: kept } });
  };

  const count = ticks.kind === 'rows' ? ticks.rows.size : Math.max(0, total - ticks.except.size);

  const clear = useCallback(() => {
    reading.current?.abort();
    setHeld({ key, ticks: none() });
  }, [key]);

  const resolve = async (): Promise<Row[]> => {
    if (ticks.kind === 'rows') return [...ticks.rows.values()];
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setResolving({ done: 0, total });
    try {
      const all = await readAll((done, of) => setResolving({ done, total: of }), controller.signal);
      return all.filter((row) => !ticks.except.has(rowId(row)));
    } finally {
      if (reading.current === controller) {
        reading.current = null;
        setResolving(null);
      }
    }
  };

  return {
    count,
    total,
    allMatching: ticks.kind === 'all',
    selected,
    onChange,
    rowLabel,
    selectAllMatching: () => setHeld({ key, ticks: { kind: 'all', except: new Set() } }),
    clear,
    resolve,
    resolving,
    cancelResolve: () => reading.current?.abort(),
  };
}
