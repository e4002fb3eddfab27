import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BulkRunDialog, type BulkItem } from '../../../components/bulk-run-dialog.tsx';
import { SelectionBar } from '../../../components/selection-bar.tsx';
import { roleText } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import type { BulkSelection } from '../../../lib/use-bulk-selection.ts';
import { RevokeInvitationMutation } from '../api/documents.ts';
import { userQueries, type Invitation } from '../api/queries.ts';

/** Revoking many: one request each, counted per role (each frees that role's seat). */
export function revokePlan(invitations: readonly Invitation[]) {
  const items: BulkItem<{ invitationId: string }>[] = invitations.map((invitation) => ({
    key: invitation.id,
    label: invitation.inviteeEmail,
    input: { invitationId: invitation.id },
  }));
  const perRole = new Map<string, number>();
  for (const invitation of invitations) {
    const label = `Revoke, freeing a ${roleText(invitation.inviteeRole).toLowerCase()} seat`;
    perRole.set(label, (perRole.get(label) ?? 0) + 1);
  }
  return {
    items,
    preview: { outcomes: [...perRole].map(([label, count]) => ({ label, count })), skipped: [] },
  };
}

/** The pending invitations' selection bar and its action: revoke. */
export function InvitationsBulkActions({ selection }: { selection: BulkSelection<Invitation> }) {
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<ReturnType<typeof revokePlan> | null>(null);
  return (
    <>
      <SelectionBar
        selection={selection}
        noun="invitations"
        actions={
          <Button
            variant="outlined"
            size="small"
            color="error"
            onClick={() =>
              // The list is read whole: resolving never goes back to the server.
              void selection.resolve().then((ticked) => setRevoking(revokePlan(ticked)))
            }
          >
            Revoke
          </Button>
        }
      />
      {revoking && (
        <BulkRunDialog
          title="Revoke invitations"
          scope="users"
          items={revoking.items}
          preview={revoking.preview}
          destructive
          confirmLabel={(n) =>
            `Revoke ${n.toLocaleString('en')} ${n === 1 ? 'invitation' : 'invitations'}`
          }
          perform={(input) => gqlMutation(RevokeInvitationMutation, input)}
          onSettled={async () => {
            await queryClient.invalidateQueries({ queryKey: userQueries.all() });
            selection.clear();
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </>
  );
}
