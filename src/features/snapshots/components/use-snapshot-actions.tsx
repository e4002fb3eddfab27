import { Box } from '@mui/material';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { notify } from '../../../lib/notifications.ts';
import type { Snapshot, SnapshotHistory } from '../api/queries.ts';
import {
  useDeleteSnapshot,
  useRevertToSnapshot,
  useSetSnapshotArchived,
} from '../api/use-snapshot-mutations.ts';
import { formatCount } from '../../../lib/format.ts';

/**
 * The confirmations of the irreversible snapshot operations. Each resolves true once done,
 * false when the person cancelled; the dialog stays open (and shows the API's refusal) until the
 * mutation settles.
 */
export function useSnapshotActions(history: SnapshotHistory) {
  const confirm = useConfirm();
  const remove = useDeleteSnapshot();
  const revert = useRevertToSnapshot();
  const archival = useSetSnapshotArchived(history.name);
  const dataset = history.name;

  const neighbours = (snapshot: Snapshot) => {
    const index = history.snapshots.findIndex((s) => s.id === snapshot.id);
    return {
      previous: index > 0 ? history.snapshots[index - 1] : undefined,
      newer: history.snapshots.slice(index + 1),
    };
  };

  /** delete_snapshot() */
  const askDelete = (snapshot: Snapshot) => {
    const { previous, newer } = neighbours(snapshot);
    const next = newer[0];
    return confirm({
      title: `Delete snapshot ${snapshot.name}?`,
      description: (
        <>
          <strong>This cannot be undone.</strong> Snapshot {snapshot.name} of {dataset} is deleted:
          nobody can browse it or revert to it any more. The dataset’s samples do not change.
          {next &&
            ` The next snapshot, ${next.name}, will count its changes from ${previous ? previous.name : 'an empty dataset'}.`}
        </>
      ),
      confirmLabel: 'Delete snapshot',
      destructive: true,
      action: async () => {
        await remove.mutateAsync({ dataset, snapshot: snapshot.name });
        notify(`Snapshot ${snapshot.name} was deleted.`);
      },
    });
  };

  /** revert_dataset_to_snapshot(): the most destructive, so the name must be typed. */
  const askRevert = (snapshot: Snapshot) => {
    const { newer } = neighbours(snapshot);
    const total = snapshot.linearChangeSummary?.totalSamples;
    return confirm({
      title: `Revert ${dataset} to ${snapshot.name}?`,
      description: (
        <>
          <strong>This cannot be undone.</strong> Every change to {dataset} made after{' '}
          {snapshot.name} is lost, including edits not yet in any snapshot
          {total === undefined ? '' : `; the dataset goes back to ${formatCount(total)} samples`}.
          {newer.length > 0 ? (
            <>
              {' '}
              {newer.length === 1
                ? 'This newer snapshot is deleted too:'
                : `These ${newer.length} newer snapshots are deleted too:`}
              <Box component="ul" aria-label="Snapshots that will be deleted" sx={{ my: 1 }}>
                {newer.map((s) => (
                  <li key={s.id}>
                    <strong>{s.name}</strong>
                    {s.archivedAt ? ' (archived)' : ''}
                  </li>
                ))}
              </Box>
            </>
          ) : (
            ' No newer snapshot exists, so no snapshot is deleted.'
          )}
        </>
      ),
      confirmLabel: 'Revert dataset',
      destructive: true,
      typeToConfirm: snapshot.name,
      action: async () => {
        await revert.mutateAsync({ dataset, snapshot: snapshot.name });
        notify(
          `${dataset} was reverted to ${snapshot.name}` +
            (newer.length > 0 ? `; ${newer.length} newer snapshot(s) deleted.` : '.'),
        );
      },
    });
  };

  /** archive_snapshot() / unarchive_snapshot(); archiving a loaded one asks first. */
  const setArchived = async (snapshot: Snapshot, archive: boolean) => {
    const run = () => archival.mutateAsync({ dataset, snapshot: snapshot.name, archive });
    if (archive && snapshot.loadStatus === 'LOADED') {
      return confirm({
        title: `Archive snapshot ${snapshot.name}?`,
        description: `It is loaded now: anyone browsing it loses it at once. Archived snapshots cannot be browsed or reverted to until they are unarchived.`,
        confirmLabel: 'Archive snapshot',
        action: async () => {
          await run();
          notify(`Snapshot ${snapshot.name} was archived.`);
        },
      });
    }
    try {
      await run();
    } catch {
      return false; // The mutation's default notification says what failed.
    }
    notify(`Snapshot ${snapshot.name} was ${archive ? 'archived' : 'unarchived'}.`);
    return true;
  };

  return { askDelete, askRevert, setArchived, archiving: archival.isPending };
}
