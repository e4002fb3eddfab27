import { useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/**
 * A view's state kept in the URL's search (a list's search, filters, order and page): `params` as
 * the URL on screen has them, and `update`, which writes a change into the URL (replacing the
 * entry unless `push`). A change that changes nothing writes nothing.
 *
 * The router draws a new URL in a transition, so on a busy machine a second change can come before
 * the first is drawn — a filter chosen right after the search was cleared. It builds on the first
 * (what this view last wrote, while nothing newer is drawn), not on the view on screen, which would
 * put the cleared search back.
 */
export function useUrlParams<P>(
  parse: (search: URLSearchParams) => P,
  /** The URL's search for `params`; `current` is the search now, for a view that keeps others' keys. */
  write: (params: P, current: URLSearchParams) => URLSearchParams,
  { push = false }: { push?: boolean } = {},
): [P, (next: Partial<P>, options?: { replace?: boolean }) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const { key: drawn } = useLocation();
  const params = parse(searchParams);
  // What this view wrote last, and on which drawn location.
  const written = useRef<{ on: string; search: URLSearchParams } | null>(null);
  /** `replace`: a correction, not a step of its own (Back should not return to it). */
  const update = (next: Partial<P>, { replace = !push }: { replace?: boolean } = {}) => {
    const base = written.current?.on === drawn ? written.current.search : searchParams;
    const now = parse(base);
    const search = write({ ...now, ...next }, base);
    if (search.toString() === write(now, base).toString()) return;
    written.current = { on: drawn, search };
    setSearchParams(search, { replace });
  };
  return [params, update];
}
