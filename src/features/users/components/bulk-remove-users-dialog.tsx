import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BulkRunDialog } from '../../../components/bulk-run-dialog.tsx';
import { gqlMutation } from '../../../lib/transport.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { RemoveUserMutation } from '../api/documents.ts';
import { userQueries } from '../api/queries.ts';
import { removePlan, type Person } from './bulk-previews.ts';

/**
 * Remove many from the organization: the preview (who goes, per role; yourself skipped), one
 * confirmation that asks for the count to be typed above ten, and the run.
 */
export function BulkRemoveUsersDialog({
  people,
  onSettled,
  onClose,
}: {
  people: readonly Person[];
  onSettled: () => void;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const viewer = useQuery(sessionQueries.viewer());
  // Worked out once: the run sends exactly what the preview showed.
  const [plan] = useState(() => removePlan(people, viewer.data?.id));
  return (
    <BulkRunDialog
      title="Remove from the organization"
      scope="users"
      items={plan.items}
      preview={plan.preview}
      destructive
      confirmLabel={(n) => `Remove ${n.toLocaleString('en')} ${n === 1 ? 'user' : 'users'}`}
      perform={(input) => gqlMutation(RemoveUserMutation, input)}
      onSettled={async () => {
        queryClient.removeQueries({ queryKey: userQueries.details() });
        await queryClient.invalidateQueries();
        onSettled();
      }}
      onClose={onClose}
    />
  );
}
