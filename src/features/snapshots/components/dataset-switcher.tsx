import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { snapshotQueries } from '../api/queries.ts';

const SEARCH_DEBOUNCE_MS = 250;

/** Jumps to another dataset's snapshots; suggestions come from the API's dataset search. */
export function DatasetSwitcher({ current }: { current: string | null }) {
  const navigate = useNavigate();
  // What the person typed (not the selected name the box shows), debounced into the search.
  const [typed, setTyped] = useState('');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  const names = useQuery({ ...snapshotQueries.datasetNames(term), enabled: open });

  useEffect(() => {
    const timer = setTimeout(() => setTerm(typed.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const suggestions = (names.data ?? []).map((d) => d.name);
  const options =
    current && !suggestions.includes(current) ? [current, ...suggestions] : suggestions;

  return (
    <Autocomplete
      size="small"
      sx={{ width: { xs: '100%', sm: 300 } }}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      value={current}
      onChange={(_, name) => {
        if (name && name !== current) void navigate(paths.snapshots.dataset(name));
      }}
      onInputChange={(_, value, reason) => setTyped(reason === 'input' ? value : '')}
      filterOptions={(all) => all}
      loading={names.isFetching}
      noOptionsText={names.isError ? 'Could not load the datasets' : 'No dataset matches'}
      renderInput={(params) => (
        <TextField {...params} label="Dataset" placeholder="Search datasets" />
      )}
    />
  );
}
