/** One page of a paged list, as the API's `*Page` fields answer it. */
export interface PageOf<T> {
  nodes: readonly T[];
  pageTotal: number;
  nodeTotal: number;
}

/** How far a read has come: rows read so far of the total the server reports. */
export type ReadProgress = (done: number, total: number) => void;

/**
 * Every row of a paged list, read one page after another (never all at once, so a large
 * organization costs the server one ordinary page request at a time). Stops between pages when
 * `signal` is aborted, throwing its reason.
 */
export async function readAllPages<T>(
  readPage: (page: number) => Promise<PageOf<T> | null>,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1, pageTotal = 1; page <= pageTotal; page += 1) {
    signal.throwIfAborted();
    const result = await readPage(page);
    signal.throwIfAborted();
    if (!result) break;
    rows.push(...result.nodes);
    pageTotal = result.pageTotal;
    onProgress(rows.length, Math.max(result.nodeTotal, rows.length));
  }
  return rows;
}
