import { Skeleton } from '@mui/material';
import { lazy, Suspense } from 'react';
import type { Snapshot } from '../api/queries.ts';

// The chart library (@mui/x-charts) is most of the snapshots area's code: it loads with the first
// history that has a chart to draw, not with the list of datasets.
const HistoryChart = lazy(() =>
  import('./history-chart.tsx').then((module) => ({ default: module.HistoryChart })),
);

/** The history chart; a placeholder of its size holds its place while its code loads. */
export function LazyHistoryChart({ snapshots }: { snapshots: readonly Snapshot[] }) {
  return (
    <Suspense
      fallback={
        <Skeleton
          variant="rounded"
          height={280}
          role="progressbar"
          aria-label="Loading the chart"
        />
      }
    >
      <HistoryChart snapshots={snapshots} />
    </Suspense>
  );
}
