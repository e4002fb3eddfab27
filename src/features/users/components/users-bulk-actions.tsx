import { Button } from '@mui/material';
import { useState } from 'react';
import { SelectionBar } from '../../../components/selection-bar.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import type { BulkSelection } from '../../../lib/use-bulk-selection.ts';
import type { UserRow } from '../api/queries.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import type { Person } from './bulk-previews.ts';

// The bulk dialogs (a group picker, role selects, previews) load when one opens: the list's first
// view does without their code (the group picker's Autocomplete and Popper alone ~18 kB gzip).
const BulkRoleDialog = lazyComponent(() =>
  import('./bulk-role-dialog.tsx').then((module) => module.BulkRoleDialog),
);
const BulkAddToGroupDialog = lazyComponent(() =>
  import('./bulk-add-to-group-dialog.tsx').then((module) => module.BulkAddToGroupDialog),
);
const BulkRemoveUsersDialog = lazyComponent(() =>
  import('./bulk-remove-users-dialog.tsx').then((module) => module.BulkRemoveUsersDialog),
);

type Action = 'role' | 'group' | 'remove';

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The users list's selection bar and its actions: change role, add to a group, remove from the
 * organization. With "all matching" ticked, the users are read first (progress in the bar).
 */
export function UsersBulkActions({ selection }: { selection: BulkSelection<UserRow> }) {
  const [open, setOpen] = useState<{ action: Action; people: Person[] } | null>(null);
  const busy = selection.resolving !== null;

  const start = async (action: Action) => {
    try {
      setOpen({ action, people: await selection.resolve() });
    } catch (error) {
      if (isAbort(error)) notify('Reading the selected users was cancelled.', 'info');
      else notify(`Reading the selected users failed: ${errorMessage(error)}`, 'error');
    }
  };
  const close = () => setOpen(null);

  return (
    <>
      <SelectionBar
        selection={selection}
        noun="users"
        actions={
          <>
            <Button
              variant="outlined"
              size="small"
              disabled={busy}
              onClick={() => void start('role')}
            >
              Change role
            </Button>
            <Button
              variant="outlined"
              size="small"
              disabled={busy}
              onClick={() => void start('group')}
            >
              Add to group
            </Button>
            <Button
              variant="outlined"
              size="small"
              color="error"
              disabled={busy}
              onClick={() => void start('remove')}
            >
              Remove from organization
            </Button>
          </>
        }
      />
      {open?.action === 'role' && (
        <BulkRoleDialog people={open.people} onSettled={selection.clear} onClose={close} />
      )}
      {open?.action === 'group' && (
        <BulkAddToGroupDialog people={open.people} onSettled={selection.clear} onClose={close} />
      )}
      {open?.action === 'remove' && (
        <BulkRemoveUsersDialog people={open.people} onSettled={selection.clear} onClose={close} />
      )}
    </>
  );
}
