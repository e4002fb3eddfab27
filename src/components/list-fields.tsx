import {
  FormControl,
  InputLabel,
  NativeSelect,
  OutlinedInput,
  type FormControlProps,
} from '@mui/material';
import { useId } from 'react';

// A list's search box and filters as MUI's outlined small TextField draws them, composed of its
// parts (FormControl, InputLabel, OutlinedInput) as MUI's docs show: TextField itself brings
// Select, and with it Menu, Popover and Modal, into every list page's first load. The filters
// are native selects (MUI's NativeSelect, as the table's pager uses).

/** A search box with a floating label (the placeholder shows once it has focus). */
export function SearchField({
  label,
  placeholder,
  value,
  onChange,
  sx,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  sx?: FormControlProps['sx'];
}) {
  const id = useId();
  return (
    <FormControl size="small" sx={sx}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        type="search"
        label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormControl>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** A list's filter: "all" (the empty value) or one of `options`. */
export function FilterSelect({
  label,
  value,
  allLabel,
  options,
  onChange,
  minWidth,
}: {
  label: string;
  /** The empty string for "all". */
  value: string;
  allLabel: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
  minWidth: number;
}) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth }}>
      {/* A native select always shows its choice: the label stays above it. */}
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        input={<OutlinedInput label={label} notched />}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </FormControl>
  );
}
