import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BulkRunDialog, type BulkItem } from '../../../components/bulk-run-dialog.tsx';
import { InterruptedRuns } from '../../../components/interrupted-runs.tsx';
import { SelectionBar } from '../../../components/selection-bar.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { readAllPages, type ReadProgress } from '../../../lib/read-pages.ts';
import { gqlMutation, gqlRequest } from '../../../lib/transport.ts';
import type { BulkSelection } from '../../../lib/use-bulk-selection.ts';
import { GroupMembersQuery, RemoveGroupUsersMutation } from '../api/documents.ts';
import type { GroupMember } from '../api/queries.ts';

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

function removePlan(group: { id: string; name: string }, members: readonly GroupMember[]) {
  const items: BulkItem<{ identifier: string; userIds: string[] }>[] = members.map((member) => ({
    key: member.id,
    label: `${member.name} (${member.email})`,
    // One person per request, so each has its own answer.
    input: { identifier: group.id, userIds: [member.id] },
  }));
  return {
    items,
    preview: {
      outcomes:
        items.length > 0 ? [{ label: `Remove from ${group.name}`, count: items.length }] : [],
      skipped: [],
    },
  };
}

/** Where a group's member runs are kept, so a reload shows them on that group's page. */
const scopeOf = (groupId: string) => `group-members:${groupId}`;

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
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<ReturnType<typeof removePlan> | null>(null);
  const start = async () => {
    try {
      setRemoving(removePlan(group, await selection.resolve()));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        notify('Reading the selected members was cancelled.', 'info');
      } else notify(`Reading the selected members failed: ${errorMessage(error)}`, 'error');
    }
  };
  return (
    <>
      <InterruptedRuns scope={scopeOf(group.id)} />
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
        <BulkRunDialog
          title={`Remove from ${group.name}`}
          scope={scopeOf(group.id)}
          items={removing.items}
          preview={removing.preview}
          destructive
          confirmLabel={(n) => `Remove ${n.toLocaleString('en')} ${n === 1 ? 'member' : 'members'}`}
          perform={(input) => gqlMutation(RemoveGroupUsersMutation, input)}
          onSettled={async () => {
            // Membership decides dataset access too: groups, users and datasets are read again.
            await queryClient.invalidateQueries();
            selection.clear();
            onRemoved();
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}
