import { useEffect } from 'react';
import { isApiError } from './api-error.ts';

/** The API's refusal of a page past the last: "Invalid page number" (fiftyone-api.md §1.5). */
export function isPageOutOfRange(error: unknown): boolean {
  return isApiError(error) && error.messages.some((m) => m.includes('Invalid page number'));
}

export interface PageInRange {
  /** The page asked for, 1-based. */
  page: number;
  pageSize: number;
  /** The list's size as last read, if it was (the page before, or this page before a change). */
  total: number | undefined;
  /** Moves the list to another page (its URL state). */
  goTo: (page: number) => void;
}

/**
 * A page past the last (a link from when there were more; the last page's rows just removed) is
 * not a failure to show with a Retry that cannot work: the list moves to the last page there is,
 * as far as it knows (from the count it last read, and never further than the page before), or
 * to the first. Returns whether it is moving, so the refusal is not shown meanwhile.
 */
export function usePageInRange(
  error: unknown,
  { page, pageSize, total, goTo }: PageInRange,
): boolean {
  const outOfRange = page > 1 && isPageOutOfRange(error);
  useEffect(() => {
    if (!outOfRange) return;
    const last = total === undefined ? 1 : Math.max(1, Math.ceil(total / pageSize));
    goTo(Math.min(page - 1, last));
  }, [outOfRange, page, pageSize, total, goTo]);
  return outOfRange;
}
