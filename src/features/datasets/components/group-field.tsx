import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { groupQueries } from '../../groups/api/queries.ts';
import { datasetQueries } from '../api/queries.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';

/**
 * A group, by name. Admins search every group on the server; a dataset manager (who cannot list
 * groups) picks from their own groups and those on the datasets they manage, or types a name.
 */
export function GroupField({
  admin,
  value,
  onChange,
  excludeIds,
  error,
  helperText,
  autoFocus,
}: {
  admin: boolean;
  value: string;
  onChange: (name: string) => void;
  excludeIds: ReadonlySet<string>;
  error?: boolean;
  helperText?: ReactNode;
  autoFocus?: boolean;
}) {
  const term = useDebounced(value.trim());
  const searched = useQuery({
    ...groupQueries.list({ q: term, sort: 'name', dir: 'ASC', page: 1, pageSize: 10 }),
    enabled: admin,
  });
  const known = useQuery({ ...datasetQueries.known(), enabled: !admin });
  const lower = value.trim().toLowerCase();
  const candidates = admin
    ? (searched.data?.rows ?? [])
    : (known.data?.groups ?? []).filter((g) => g.name.toLowerCase().includes(lower));
  const options = candidates
    .filter((g) => !excludeIds.has(g.id))
    .map((g) => g.name)
    .slice(0, 10);
  return (
    <Autocomplete<string, false, false, true>
      freeSolo
      options={options}
      inputValue={value}
      value={null}
      loading={admin ? searched.isFetching : known.isPending}
      filterOptions={(list) => list}
      onChange={(_event, next) => onChange(next ?? '')}
      onInputChange={(_event, text, reason) => {
        if (reason !== 'reset' || text !== '') onChange(text);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Group"
          autoFocus={autoFocus}
          error={error}
          helperText={helperText}
          placeholder="Group name"
        />
      )}
    />
  );
}
