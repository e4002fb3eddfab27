import { Box, Typography, useTheme } from '@mui/material';
import { BarPlot } from '@mui/x-charts/BarChart';
import { ChartsAxis } from '@mui/x-charts/ChartsAxis';
import { ChartsAxisHighlight } from '@mui/x-charts/ChartsAxisHighlight';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsGrid } from '@mui/x-charts/ChartsGrid';
import { ChartsLegend } from '@mui/x-charts/ChartsLegend';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsWrapper } from '@mui/x-charts/ChartsWrapper';
import { LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { useId } from 'react';
import type { Snapshot } from '../api/queries.ts';
import { formatCount } from '../../../lib/format.ts';

// The dataset's history as a picture: total samples per snapshot (a line, right axis) over the
// samples added, deleted and changed at each (bars, left axis). The table below holds the same
// numbers for anyone who cannot see the chart; the figure's caption says the trend in words.

const compact = new Intl.NumberFormat(undefined, { notation: 'compact' });

/** Axis ticks: "12K" rather than a number cut off at the chart's edge. */
function compactTick(value: unknown): string {
  return typeof value === 'number' ? compact.format(value) : String(value);
}

function trend(snapshots: readonly Snapshot[]): string {
  const totals = snapshots.map((s) => s.linearChangeSummary?.totalSamples ?? 0);
  const first = snapshots[0];
  const last = snapshots[snapshots.length - 1];
  if (!first || !last) return '';
  if (first === last)
    return `One snapshot, ${first.name}, with ${formatCount(totals[0] ?? 0)} samples.`;
  return `${snapshots.length} snapshots: total samples went from ${formatCount(totals[0] ?? 0)} at ${first.name} to ${formatCount(totals[totals.length - 1] ?? 0)} at ${last.name}, peaking at ${formatCount(Math.max(...totals))}.`;
}

export function HistoryChart({ snapshots }: { snapshots: readonly Snapshot[] }) {
  const theme = useTheme();
  const captionId = useId();
  const names = snapshots.map((s) => s.name);
  const pick = (read: (s: NonNullable<Snapshot['linearChangeSummary']>) => number) =>
    snapshots.map((s) => (s.linearChangeSummary ? read(s.linearChangeSummary) : null));
  const palette = theme.vars.palette;

  return (
    <Box component="figure" aria-labelledby={captionId} sx={{ m: 0 }}>
      <ChartsDataProvider
        height={280}
        series={[
          {
            type: 'bar',
            id: 'added',
            label: 'Added',
            data: pick((c) => c.numSamplesAdded),
            color: palette.success.main,
            yAxisId: 'changes',
          },
          {
            type: 'bar',
            id: 'deleted',
            label: 'Deleted',
            data: pick((c) => c.numSamplesDeleted),
            color: palette.error.main,
            yAxisId: 'changes',
          },
          {
            type: 'bar',
            id: 'changed',
            label: 'Changed',
            data: pick((c) => c.numSamplesChanged),
            color: palette.info.main,
            yAxisId: 'changes',
          },
          {
            type: 'line',
            id: 'total',
            label: 'Total samples',
            data: pick((c) => c.totalSamples),
            curve: 'linear',
            color: palette.primary.main,
            yAxisId: 'total',
          },
        ]}
        xAxis={[{ id: 'snapshots', scaleType: 'band', data: names, label: 'Snapshot' }]}
        yAxis={[
          {
            id: 'changes',
            position: 'left',
            label: 'Added, deleted, changed',
            width: 64,
            valueFormatter: compactTick,
          },
          {
            id: 'total',
            position: 'right',
            label: 'Total samples',
            width: 64,
            valueFormatter: compactTick,
          },
        ]}
      >
        <ChartsWrapper legendPosition={{ vertical: 'top', horizontal: 'center' }}>
          <ChartsLegend />
          <ChartsSurface aria-hidden>
            <ChartsGrid horizontal />
            <BarPlot />
            <LinePlot />
            <MarkPlot />
            <ChartsAxisHighlight x="band" />
            <ChartsAxis />
          </ChartsSurface>
          <ChartsTooltip trigger="axis" />
        </ChartsWrapper>
      </ChartsDataProvider>
      <Typography
        component="figcaption"
        id={captionId}
        variant="body2"
        color="text.secondary"
        sx={{ mt: 1 }}
      >
        {trend(snapshots)}
      </Typography>
    </Box>
  );
}
