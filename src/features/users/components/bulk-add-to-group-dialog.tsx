import { Autocomplete, Dialog, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { BulkRunDialog } from '../../../components/bulk-run-dialog.tsx';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { AddGroupUsersMutation } from '../../groups/api/documents.ts';
import { groupQueries } from '../../groups/api/queries.ts';
import { addToGroupPlan, type BulkPlan, type Person } from './bulk-previews.ts';

interface GroupRef {
  id: string;
  name: string;
}

/**
 * Add many to a group: choose the group, then the bulk preview (who joins, who is a member
 * already), one confirmation and the run, one person per request so each has its own answer.
 */
export function BulkAddToGroupDialog({
  people,
  onSettled,
  onClose,
}: {
  people: readonly Person[];
  onSettled: () => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const [group, setGroup] = useState<GroupRef | null>(null);
  const [text, setText] = useState('');
  const term = useDebounced(text.trim(), 250);
  const found = useQuery(
    groupQueries.list({ q: term, sort: 'name', dir: 'ASC', page: 1, pageSize: 10 }),
  );
  const [plan, setPlan] = useState<{
    group: GroupRef;
    plan: BulkPlan<{ groupId: string; userId: string }>;
  } | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The members are read fresh, so "already a member" is true now.
  const review = async (chosen: GroupRef) => {
    setReading(true);
    setError(null);
    try {
      const members = await queryClient.query({
        ...groupQueries.memberIds(chosen.id),
        staleTime: 0,
      });
      setPlan({ group: chosen, plan: addToGroupPlan(people, chosen, new Set(members)) });
    } catch (failure) {
      setError(`Reading the members of ${chosen.name} failed: ${errorMessage(failure)}`);
    } finally {
      setReading(false);
    }
  };

  if (plan) {
    return (
      <BulkRunDialog
        title={`Add to ${plan.group.name}`}
        scope="users"
        items={plan.plan.items}
        preview={plan.plan.preview}
        confirmLabel={(n) =>
          `Add ${n.toLocaleString('en')} ${n === 1 ? 'user' : 'users'} to ${plan.group.name}`
        }
        perform={({ groupId, userId }) =>
          gqlMutation(AddGroupUsersMutation, { identifier: groupId, userIds: [userId] })
        }
        onSettled={async () => {
          // Membership decides dataset access too: groups, users and datasets are read again.
          await queryClient.invalidateQueries();
          onSettled();
        }}
        onClose={onClose}
      />
    );
  }

  const count = people.length;
  return (
    <Dialog
      open
      onClose={reading ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        Add {count.toLocaleString('en')} {count === 1 ? 'user' : 'users'} to a group
      </DialogTitle>
      <DialogContent>
        <Autocomplete<GroupRef>
          sx={{ mt: 1 }}
          options={found.data?.rows ?? []}
          value={group}
          onChange={(_event, next) => setGroup(next)}
          inputValue={text}
          onInputChange={(_event, next) => setText(next)}
          filterOptions={(list) => list}
          loading={found.isFetching}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => <TextField {...params} label="Group" placeholder="Group name" />}
        />
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={reading}
        submitLabel="Review the change"
        submitDisabled={!group}
        error={error}
        onSubmit={() => {
          if (group) void review(group);
        }}
      />
    </Dialog>
  );
}
