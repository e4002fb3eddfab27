import { Autocomplete, TextField } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { groupQueries } from '../../groups/api/queries.ts';
import { accessQueries } from '../api/queries.ts';

interface GroupOption {
  id: string;
  name: string;
}

/**
 * Only the members of one group. Admins search the organization's groups on the server; a
 * dataset manager picks among the groups with a grant on what they manage.
 */
export function GroupFilter({
  admin,
  value,
  onChange,
}: {
  admin: boolean;
  value: string;
  onChange: (groupId: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const searched = useQuery({
    ...groupQueries.list({ q, page: 1, pageSize: 25, sort: 'name', dir: 'ASC' }),
    enabled: admin,
    placeholderData: keepPreviousData,
  });
  const chosen = useQuery({ ...groupQueries.detail(value), enabled: admin && value !== '' });
  const roster = useQuery({ ...accessQueries.roster(), enabled: !admin });
  const options: GroupOption[] = admin
    ? (searched.data?.rows ?? []).map(({ id, name }) => ({ id, name }))
    : (roster.data?.groups ?? []).map(({ id, name }) => ({ id, name }));
  const selected: GroupOption | null = value
    ? (options.find((option) => option.id === value) ??
      (chosen.data ? { id: chosen.data.id, name: chosen.data.name } : { id: value, name: '…' }))
    : null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_event, option) => onChange(option?.id ?? '')}
      inputValue={typed}
      onInputChange={(_event, text, reason) => {
        if (reason !== 'reset') setTyped(text);
      }}
      filterOptions={(all) =>
        admin ? all : all.filter((o) => o.name.toLowerCase().includes(typed.toLowerCase()))
      }
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={admin ? searched.isFetching : roster.isFetching}
      size="small"
      sx={{ minWidth: 220 }}
      renderInput={(input) => <TextField {...input} label="Group" placeholder="Any group" />}
    />
  );
}
