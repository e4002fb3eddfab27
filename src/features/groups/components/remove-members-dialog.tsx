import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BulkRunDialog, type BulkItem } from '../../../components/bulk-run-dialog.tsx';
import { gqlMutation } from '../../../lib/transport.ts';
import { RemoveGroupUsersMutation } from '../api/documents.ts';
import type { GroupMember } from '../api/queries.ts';
import { membersScopeOf } from '../lib/members-scope.ts';

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

/** Remove the ticked members from a group: preview, one confirmation, the run. Loaded on use. */
export function RemoveMembersDialog({
  group,
  members,
  onSettled,
  onClose,
}: {
  group: { id: string; name: string };
  members: readonly GroupMember[];
  /** After a run, once the cache is refreshed. */
  onSettled: () => void;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  // Fixed when the dialog opens: the run acts on the members ticked then.
  const [{ items, preview }] = useState(() => removePlan(group, members));
  return (
    <BulkRunDialog
      title={`Remove from ${group.name}`}
      scope={membersScopeOf(group.id)}
      items={items}
      preview={preview}
      destructive
      confirmLabel={(n) => `Remove ${n.toLocaleString('en')} ${n === 1 ? 'member' : 'members'}`}
      perform={(input) => gqlMutation(RemoveGroupUsersMutation, input)}
      onSettled={async () => {
        // Membership decides dataset access too: groups, users and datasets are read again.
        await queryClient.invalidateQueries();
        onSettled();
      }}
      onClose={onClose}
    />
  );
}
