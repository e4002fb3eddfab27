import { LinearProgress } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { usePageInRange } from '../lib/use-page-in-range.ts';
import { ErrorState } from './error-state.tsx';

/**
 * The states every list page shares: a first load in progress (announced: the table's own
 * skeleton is not), a first load that failed (what failed, Retry), an empty result (what to do),
 * or the list — with a failed refresh shown above the rows it kept. A server-paged list (`paging`)
 * asked for a page past the last moves back instead of failing (usePageInRange).
 */
export function ListStates<Data>({
  query,
  what,
  isEmpty,
  empty,
  children,
  paging,
}: {
  query: Pick<
    UseQueryResult<Data>,
    'isPending' | 'isError' | 'isSuccess' | 'isPlaceholderData' | 'data' | 'error' | 'refetch'
  >;
  /** What the list holds, e.g. "users": "Loading users failed". */
  what: string;
  isEmpty: (data: Data) => boolean;
  empty: ReactNode;
  children: ReactNode;
  paging?: {
    page: number;
    pageSize: number;
    total: (data: Data) => number;
    goTo: (page: number) => void;
  };
}) {
  const retry = () => query.refetch();
  const moving = usePageInRange(query.error, {
    page: paging?.page ?? 1,
    pageSize: paging?.pageSize ?? 1,
    total: paging && query.data !== undefined ? paging.total(query.data) : undefined,
    goTo: paging?.goTo ?? noMove,
  });
  const failed = query.isError && !moving;
  if (failed && query.data === undefined) {
    return <ErrorState what={`Loading ${what}`} error={query.error} onRetry={retry} />;
  }
  const data = query.data;
  if (query.isSuccess && !query.isPlaceholderData && data !== undefined && isEmpty(data)) {
    return <>{empty}</>;
  }
  return (
    <>
      {(query.isPending || moving) && (
        // Over the top of the table, not above it: the rows arriving must not move the table
        // (a 4 px shift of the whole table cost the groups page 0.2 of layout shift).
        <LinearProgress
          aria-label={`Loading ${what}`}
          sx={{ position: 'relative', zIndex: 1, mb: '-4px' }}
        />
      )}
      {failed && <ErrorState what={`Refreshing ${what}`} error={query.error} onRetry={retry} />}
      {children}
    </>
  );
}

function noMove(): void {}
