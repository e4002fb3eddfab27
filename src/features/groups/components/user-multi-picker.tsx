import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RoleChip } from '../../../components/role-chip.tsx';
import type { Role } from '../../../lib/roles.ts';
import { userQueries } from '../../users/api/queries.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { TextChip } from '../../../components/text-chip.tsx';

/** How many matching people the list offers at once. */
const SHOWN = 10;

export interface PickedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Several users, found by name or e-mail on the server (only existing users can join a group). */
export function UserMultiPicker({
  label,
  value,
  onChange,
  excludeIds,
  excludedText,
  helperText,
  disabled,
}: {
  label: string;
  value: PickedUser[];
  onChange: (users: PickedUser[]) => void;
  /** People not offered (e.g. those already in the group). */
  excludeIds?: ReadonlySet<string>;
  /** Said instead of "No options" when everyone found is excluded. */
  excludedText?: string;
  helperText?: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState('');
  const term = useDebounced(text.trim());
  // Read a few more than shown, so that leaving out the excluded still leaves a full list.
  const excluded = excludeIds?.size ?? 0;
  const found = useQuery(
    userQueries.list({
      q: term,
      role: null,
      page: 1,
      pageSize: Math.min(SHOWN + excluded, SHOWN * 5),
      dir: 'ASC',
    }),
  );
  const rows = found.data?.rows ?? [];
  const options = rows.filter((user) => !excludeIds?.has(user.id)).slice(0, SHOWN);
  const allExcluded = rows.length > 0 && options.length === 0;
  return (
    <Autocomplete<PickedUser, true>
      multiple
      options={options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      inputValue={text}
      onInputChange={(_event, next) => setText(next)}
      filterOptions={(list) => list}
      filterSelectedOptions
      loading={found.isFetching}
      noOptionsText={allExcluded && excludedText ? excludedText : undefined}
      disabled={disabled}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderValue={(selected, getItemProps) =>
        selected.map((user, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <TextChip key={key} size="small" label={user.name} {...itemProps} />;
        })
      }
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography>{option.name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {option.email}
            </Typography>
          </Box>
          <RoleChip role={option.role} />
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} label={label} helperText={helperText} placeholder="Name or e-mail" />
      )}
    />
  );
}
