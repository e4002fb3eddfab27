import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gqlMutation } from '../../../lib/transport.ts';
import { CalculateLatestChangesMutation, SimulateEditsMutation } from './documents.ts';
import { snapshotQueries } from './queries.ts';

/** calculate_dataset_latest_changes_summary(): refreshes the cached "changes since". */
export function useCalculateLatestChanges() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { dataset: string }) =>
      gqlMutation(CalculateLatestChangesMutation, variables),
    meta: { action: 'Calculating the changes since the last snapshot' },
    onSettled: (_data, _error, { dataset }) =>
      queryClient.invalidateQueries({ queryKey: snapshotQueries.history(dataset).queryKey }),
  });
}

export interface SimulatedEdits {
  samplesAdded: number;
  samplesDeleted: number;
  samplesChanged: number;
}

/** [ext] demo only: edits samples as the FiftyOne app would, so summaries have something to show. */
export function useSimulateEdits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SimulatedEdits & { dataset: string }) =>
      gqlMutation(SimulateEditsMutation, variables),
    meta: { action: 'Simulating edits', inlineErrors: true },
    onSettled: () => queryClient.invalidateQueries({ queryKey: snapshotQueries.all() }),
  });
}
