import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useUrlSearch } from '../lib/use-url-search.ts';
import { SearchField } from './list-fields.tsx';

/**
 * A list's search box, mirrored into the URL (useUrlSearch: the box answers every keystroke,
 * `onSearch` gets the trimmed text after a pause in typing), with the list's other controls
 * beside it: a switch, a filter.
 */
export function SearchToolbar({
  label,
  placeholder,
  value,
  onSearch,
  maxWidth,
  rowFrom = 'sm',
  children,
}: {
  label: string;
  placeholder: string;
  /** The search in the URL now. */
  value: string;
  onSearch: (q: string) => void;
  /** How wide the search box grows at most (the whole row by default). */
  maxWidth?: number;
  /** The screen width from which the box and the controls sit in one row (else one per line). */
  rowFrom?: 'sm' | 'md';
  children?: ReactNode;
}) {
  const [typed, setTyped] = useUrlSearch(value, onSearch);
  return (
    <Stack
      direction={{ xs: 'column', [rowFrom]: 'row' }}
      spacing={2}
      sx={{ mb: 2, alignItems: { [rowFrom]: 'center' } }}
    >
      <SearchField
        label={label}
        placeholder={placeholder}
        value={typed}
        onChange={setTyped}
        sx={{ flex: 1, maxWidth }}
      />
      {children}
    </Stack>
  );
}
