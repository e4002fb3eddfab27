import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { BulkSelection } from '../lib/use-bulk-selection.ts';

function countText(count: number, total: number, allMatching: boolean, noun: string): string {
  if (count === 0) return '';
  const shown = count.toLocaleString('en');
  return allMatching && count === total
    ? `All ${shown} matching ${noun} selected`
    : `${shown} selected`;
}

/**
 * What is ticked on a list and what can be done with it: "N selected" (announced as it changes),
 * "Select all N matching" across every page, "Clear selection", and the page's action buttons.
 * While "all matching" is read from the server it shows how far the read has come, with Cancel.
 * Its controls wrap onto several lines on a narrow screen.
 */
export function SelectionBar<Row>({
  selection,
  noun,
  actions,
}: {
  selection: BulkSelection<Row>;
  /** What the rows are, plural: "users". */
  noun: string;
  /** The page's actions on the ticked rows. */
  actions: ReactNode;
}) {
  const { count, total, allMatching, resolving } = selection;
  const shown = count > 0;
  const clearButton = useRef<HTMLButtonElement>(null);
  // "Select all N matching" goes away once pressed: focus moves to the button beside it
  // rather than falling back to the top of the page.
  const selectAllMatching = () => {
    flushSync(selection.selectAllMatching);
    clearButton.current?.focus();
  };
  return (
    <Box
      component="section"
      aria-label={`Selected ${noun}`}
      sx={
        shown
          ? { mb: 2, px: 2, py: 1, borderRadius: 1, bgcolor: 'action.selected' }
          : // The live region stays in the page so the first tick is announced too.
            visuallyHidden
      }
    >
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}
      >
        <Typography role="status" aria-live="polite" sx={{ fontWeight: 500, mr: 1 }}>
          {countText(count, total, allMatching, noun)}
        </Typography>
        {shown && !allMatching && count < total && (
          <Button size="small" onClick={selectAllMatching}>
            Select all {total.toLocaleString('en')} matching
          </Button>
        )}
        {shown && (
          <Button size="small" ref={clearButton} onClick={selection.clear}>
            Clear selection
          </Button>
        )}
        {shown && (
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: 'wrap', ml: { sm: 'auto' } }}
          >
            {actions}
          </Stack>
        )}
      </Stack>
      {resolving && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1 }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="body2">
              {resolving.total > 0
                ? `Reading ${noun}: ${resolving.done.toLocaleString('en')} of ${resolving.total.toLocaleString('en')}`
                : `Reading ${noun}…`}
            </Typography>
            <LinearProgress
              aria-label={`Reading selected ${noun}`}
              variant={resolving.total > 0 ? 'determinate' : 'indeterminate'}
              value={resolving.total > 0 ? (100 * resolving.done) / resolving.total : undefined}
            />
          </Box>
          <Button size="small" onClick={selection.cancelResolve}>
            Cancel reading
          </Button>
        </Stack>
      )}
    </Box>
  );
}
