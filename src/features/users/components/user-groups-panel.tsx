import {
  Autocomplete,
  Box,
  Button,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import { groupQueries } from '../../groups/api/queries.ts';
import { useAddGroupMembers, useRemoveGroupMembers } from '../../groups/api/use-group-mutations.ts';
import { ClampedText } from '../../../components/clamped-text.tsx';

interface GroupRef {
  id: string;
  name: string;
  description?: string | null;
}

/** A user's groups (list_user_groups_for_user), with add to and remove from a group. */
export function UserGroupsPanel({
  user,
  groups,
}: {
  user: { id: string; name: string };
  groups: readonly GroupRef[];
}) {
  const [choice, setChoice] = useState<GroupRef | null>(null);
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery(
    groupQueries.list({ q: term, sort: 'name', dir: 'ASC', page: 1, pageSize: 10 }),
  );
  const mine = new Set(groups.map((group) => group.id));
  const options = (found.data?.rows ?? []).filter((group) => !mine.has(group.id));
  const add = useAddGroupMembers();
  const remove = useRemoveGroupMembers();
  const confirm = useConfirm();

  const addToGroup = () => {
    if (!choice) return;
    add.mutate(
      { groupId: choice.id, userIds: [user.id] },
      {
        onSuccess: () => {
          notify(`${user.name} added to ${choice.name}.`);
          setChoice(null);
          setText('');
        },
      },
    );
  };

  const removeFrom = (group: GroupRef) =>
    confirm({
      title: `Remove ${user.name} from ${group.name}?`,
      description: `${user.name} loses whatever dataset access ${group.name} gave them (their own grants, other groups and the default still apply).`,
      confirmLabel: 'Remove from group',
      destructive: true,
      action: async () => {
        await remove.mutateAsync({ groupId: group.id, userIds: [user.id] });
        notify(`${user.name} removed from ${group.name}.`);
      },
    });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Groups">
      <Typography variant="h6" component="h2">
        Groups
      </Typography>
      {groups.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          Not in any group.
        </Typography>
      ) : (
        <List dense aria-label={`Groups of ${user.name}`}>
          {groups.map((group) => (
            <ListItem
              key={group.id}
              disableGutters
              secondaryAction={
                <Button
                  size="small"
                  color="error"
                  onClick={() => void removeFrom(group)}
                  aria-label={`Remove ${user.name} from ${group.name}`}
                >
                  Remove
                </Button>
              }
            >
              <ListItemText
                primary={
                  <Link component={RouterLink} to={paths.groups.detail(group.id)}>
                    <ClampedText lines={2} title={group.name}>
                      {group.name}
                    </ClampedText>
                  </Link>
                }
                secondary={
                  group.description && (
                    <ClampedText lines={2} title={group.description}>
                      {group.description}
                    </ClampedText>
                  )
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1 }}>
          <Autocomplete<GroupRef>
            options={options}
            value={choice}
            onChange={(_event, next) => setChoice(next)}
            inputValue={text}
            onInputChange={(_event, next) => setText(next)}
            filterOptions={(list) => list}
            loading={found.isFetching}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(params) => (
              <TextField {...params} label="Add to a group" size="small" placeholder="Group name" />
            )}
          />
        </Box>
        <Button variant="outlined" onClick={addToGroup} disabled={!choice || add.isPending}>
          Add
        </Button>
      </Stack>
      {add.isError && (
        <Typography color="error" role="alert" sx={{ mt: 1 }}>
          Adding failed: {errorMessage(add.error)}
        </Typography>
      )}
    </Paper>
  );
}
