import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { gqlMutation } from '../../../lib/transport.ts';
import {
  ArchiveSnapshotMutation,
  CreateSnapshotMutation,
  DeleteSnapshotMutation,
  LoadSnapshotMutation,
  OffloadSnapshotMutation,
  RevertSnapshotMutation,
  UnarchiveSnapshotMutation,
} from './documents.ts';
import { snapshotQueries, toSnapshot } from './queries.ts';

// Mutation hooks own invalidation; call sites own the UI (closing a dialog, a toast, navigating).
// Every snapshot operation changes the dataset's history, its chooser row and its counts.

export interface SnapshotTarget {
  dataset: string;
  snapshot: string;
}

function useInvalidateSnapshots() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: snapshotQueries.all() });
}

export function useCreateSnapshot() {
  const invalidate = useInvalidateSnapshots();
  return useMutation({
    mutationFn: async (variables: SnapshotTarget & { description: string | null }) =>
      toSnapshot((await gqlMutation(CreateSnapshotMutation, variables)).createDatasetSnapshot),
    meta: { action: 'Creating the snapshot', inlineErrors: true },
    onSettled: invalidate,
  });
}

export function useDeleteSnapshot() {
  const invalidate = useInvalidateSnapshots();
  return useMutation({
    mutationFn: (variables: SnapshotTarget) => gqlMutation(DeleteSnapshotMutation, variables),
    meta: { action: 'Deleting the snapshot', inlineErrors: true },
    onSettled: invalidate,
  });
}

export function useRevertToSnapshot() {
  const invalidate = useInvalidateSnapshots();
  return useMutation({
    mutationFn: (variables: SnapshotTarget) => gqlMutation(RevertSnapshotMutation, variables),
    meta: { action: 'Reverting the dataset', inlineErrors: true },
    onSettled: invalidate,
  });
}

/** Archiving and unarchiving, keyed per dataset so every view can show what is in progress. */
const archivalKey = (dataset: string) => [...snapshotQueries.all(), 'archival', dataset] as const;

export interface ArchivalVariables extends SnapshotTarget {
  archive: boolean;
}

export function useSetSnapshotArchived(dataset: string) {
  const invalidate = useInvalidateSnapshots();
  return useMutation({
    mutationKey: archivalKey(dataset),
    mutationFn: async ({ archive, ...target }: ArchivalVariables) => {
      if (archive) await gqlMutation(ArchiveSnapshotMutation, target);
      else await gqlMutation(UnarchiveSnapshotMutation, target);
    },
    meta: { action: 'Changing the snapshot’s archival' },
    onSettled: invalidate,
  });
}

/** The snapshots of `dataset` being archived or unarchived right now, by name. */
export function useArchivalsInProgress(dataset: string): Map<string, 'archiving' | 'unarchiving'> {
  const pending = useMutationState({
    filters: { mutationKey: archivalKey(dataset), status: 'pending' },
    select: (mutation) => mutation.state.variables,
  });
  const byName = new Map<string, 'archiving' | 'unarchiving'>();
  for (const variables of pending) {
    if (isArchivalVariables(variables)) {
      byName.set(variables.snapshot, variables.archive ? 'archiving' : 'unarchiving');
    }
  }
  return byName;
}

function isArchivalVariables(value: unknown): value is ArchivalVariables {
  return (
    typeof value === 'object' &&
    value !== null &&
    'snapshot' in value &&
    typeof value.snapshot === 'string' &&
    'archive' in value &&
    typeof value.archive === 'boolean'
  );
}

/** Loading a snapshot for browsing, or offloading it. */
export function useSetSnapshotLoaded() {
  const invalidate = useInvalidateSnapshots();
  return useMutation({
    mutationFn: async ({ load, ...target }: SnapshotTarget & { load: boolean }) => {
      if (load) await gqlMutation(LoadSnapshotMutation, target);
      else await gqlMutation(OffloadSnapshotMutation, target);
    },
    meta: { action: 'Changing whether the snapshot is loaded' },
    onSettled: invalidate,
  });
}
