import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RoleChip } from '../../../components/role-chip.tsx';
import { userQueries } from '../../users/api/queries.ts';
import { datasetQueries, type Person } from '../api/queries.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';

/**
 * Who to grant to: someone from the list, or an e-mail typed in full. Admins search every user
 * on the server; a dataset manager (who cannot list users) picks from the people they already
 * share datasets with, or types an e-mail.
 */
export function PersonField({
  label,
  admin,
  value,
  inputValue,
  onChange,
  onInputChange,
  excludeIds,
  error,
  helperText,
  autoFocus,
}: {
  label: string;
  admin: boolean;
  value: Person | null;
  inputValue: string;
  onChange: (person: Person | null) => void;
  onInputChange: (text: string) => void;
  excludeIds?: ReadonlySet<string>;
  error?: boolean;
  helperText?: ReactNode;
  autoFocus?: boolean;
}) {
  const term = useDebounced(inputValue.trim());
  const searched = useQuery({
    ...userQueries.list({ q: term, role: null, page: 1, pageSize: 10, dir: 'ASC' }),
    enabled: admin,
  });
  const known = useQuery({ ...datasetQueries.known(), enabled: !admin });
  const lower = inputValue.trim().toLowerCase();
  const candidates: Person[] = admin
    ? (searched.data?.rows ?? [])
    : (known.data?.people ?? []).filter(
        (p) => p.name.toLowerCase().includes(lower) || p.email.toLowerCase().includes(lower),
      );
  const options = candidates.filter((p) => !excludeIds?.has(p.id)).slice(0, 10);
  // An e-mail longer than any address can be is flagged as it is typed, not on submit.
  const tooLong = inputValue.trim().length > LIMITS.email;
  return (
    <Autocomplete<Person, false, false, true>
      freeSolo
      options={options}
      value={value}
      inputValue={inputValue}
      loading={admin ? searched.isFetching : known.isPending}
      filterOptions={(list) => list}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.email)}
      isOptionEqualToValue={(a, b) => typeof b !== 'string' && a.id === b.id}
      onChange={(_event, next) => {
        if (typeof next === 'string') {
          onChange(null);
          onInputChange(next);
        } else {
          onChange(next);
        }
      }}
      onInputChange={(_event, text, reason) => {
        if (reason === 'reset' && value && text === value.email) return onInputChange(text);
        onInputChange(text);
        if (reason === 'input' && value && text !== value.email) onChange(null);
      }}
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
        <TextField
          {...params}
          label={label}
          autoFocus={autoFocus}
          error={Boolean(error) || tooLong}
          helperText={tooLong ? tooLongMessage(LIMITS.email) : helperText}
          placeholder={admin ? 'Name or e-mail' : 'E-mail, or a name you share datasets with'}
        />
      )}
    />
  );
}
