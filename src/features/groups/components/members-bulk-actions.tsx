import { Button } from '@mui/material';
import { useState } from 'react';
import { InterruptedRuns } from '../../../components/interrupted-runs.tsx';
import { SelectionBar } from '../../../components/selection-bar.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { notify } from '../../../lib/notifications.ts';
import { readAllPages, type ReadProgress } from '../../../lib/read-pages.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import type { BulkSelection } from '../../../lib/use-bulk-selection.ts';
import { GroupMembersQuery } from '../api/documents.ts';
import type { GroupMember } from '../api/queries.ts';
import { membersScopeOf } from '../lib/members-scope.ts';

// The run dialog loads when a removal starts: the group's first view does without it.
const RemoveMembersDialog = lazyComponent(() =>
  import('./remove-members-dialog.tsx').then((module) => module.RemoveMembersDialog),
);

const READ_PAGE = 500;

/** Every member of the group that the search matches (the bar's "all matching"), page by page. */
export async function readMatchingMembers(
  groupId: string,
  q: string,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<GroupMember[]> {
  const search = q ? { term: q, fields: ['name' as const, 'email' as const] } : null;
  return readAllPages(
    async (page) =>
      (
        await gqlRequest(GroupMembersQuery, {
          identifier: groupId,
          page,
          pageSize: READ_PAGE,
          search,
        })
      ).userGroup?.usersPage ?? null,
    onProgress,
    signal,
  );
}

/** A group's members: the selection bar and its action, remove from the group. */
export function MembersBulkActions({
  group,
  selection,
  onRemoved,
}: {
  group: { id: string; name: string };
  selection: BulkSelection<GroupMember>;
  /** After a run, once the cache is refreshed (the page may have emptied). */
  onRemoved: () => void;
}) {
  const [removing, setRemoving] = useState<readonly GroupMember[] | null>(null);
  const start = async () => {
    try {
      setRemoving(await selection.resolve());
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        notify('Reading the selected members was cancelled.', 'info');
      } else notify(`Reading the selected members failed: ${errorMessage(error)}`, 'error');
    }
  };
  return (
    <>
      <InterruptedRuns scope={membersScopeOf(group.id)} />
      <SelectionBar
        selection={selection}
        noun="members"
        actions={
          <Button
            variant="outlined"
            size="small"
            color="error"
            disabled={selection.resolving !== null}
            onClick={() => void start()}
          >
            Remove from group
          </Button>
        }
      />
      {removing && (
        <RemoveMembersDialog
          group={group}
          members={removing}
          onSettled={() => {
            selection.clear();
            onRemoved();
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}
