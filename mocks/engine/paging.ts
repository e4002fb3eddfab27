import { fail } from './errors.ts';

// The server's three list styles (fiftyone-api.md §5): plain `first` lists, Relay cursor
// connections and 1-based pages.

export interface Connection<T> {
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { node: T; cursor: string }[];
}

export interface Page<T> {
  prev: number | null;
  page: number;
  next: number | null;
  nodes: T[];
  pageSize: number;
  pageTotal: number;
  nodeTotal: number;
}

export const DEFAULT_FIRST = 10;

function checkFirst(first: number | null | undefined): number {
  const n = first ?? DEFAULT_FIRST;
  if (n < 0) fail('BAD_USER_INPUT', `first must not be negative (got ${n})`);
  return n;
}

/** A plain list capped at `first` (null means the server default, 10). */
export function takeFirst<T>(items: readonly T[], first: number | null | undefined): T[] {
  return items.slice(0, checkFirst(first));
}

// Cursors are opaque to clients: base64 of the item's offset in the ordered list.
function encodeCursor(offset: number): string {
  return btoa(`offset:${offset}`);
}

function decodeCursor(cursor: string): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // Not base64: reported below.
  }
  const match = /^offset:(\d+)$/.exec(text);
  if (!match?.[1]) fail('BAD_USER_INPUT', `Invalid cursor: ${cursor}`);
  return Number(match[1]);
}

export function connection<T>(
  items: readonly T[],
  first: number | null | undefined,
  after: string | null | undefined,
): Connection<T> {
  const size = checkFirst(first);
  const start = after ? decodeCursor(after) + 1 : 0;
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, i) => ({ node, cursor: encodeCursor(start + i) }));
  return {
    pageInfo: {
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    edges,
  };
}

/** A 1-based page. With no items there are 0 pages and page 1 is the (empty) only valid page. */
export function page<T>(items: readonly T[], pageSize: number, pageNumber: number): Page<T> {
  if (pageSize < 1) fail('BAD_USER_INPUT', `pageSize must be at least 1 (got ${pageSize})`);
  const nodeTotal = items.length;
  const pageTotal = Math.ceil(nodeTotal / pageSize);
  const lastValid = Math.max(pageTotal, 1);
  if (pageNumber < 1 || pageNumber > lastValid) {
    fail('BAD_USER_INPUT', `Invalid page number ${pageNumber}: pages run from 1 to ${lastValid}`);
  }
  const start = (pageNumber - 1) * pageSize;
  return {
    prev: pageNumber > 1 ? pageNumber - 1 : null,
    page: pageNumber,
    next: pageNumber < pageTotal ? pageNumber + 1 : null,
    nodes: items.slice(start, start + pageSize),
    pageSize,
    pageTotal,
    nodeTotal,
  };
}
