import { ListItemText, MenuItem, TextField, type TextFieldProps } from '@mui/material';
import type { Role } from '../../../lib/roles.ts';
import {
  isPermission,
  levelOptions,
  PERMISSION_DESCRIPTIONS,
  PERMISSION_LABELS,
  type Permission,
} from '../lib/access-rules.ts';

/**
 * A permission picker. For a person it offers only what their role can hold; the rest stay in
 * the list, turned off, saying why. `withNoAccess` offers "No access" too (a dataset's default).
 */
export function PermissionSelect({
  label,
  value,
  onChange,
  holderRole = null,
  withNoAccess = false,
  emptyLabel = '',
  ...props
}: {
  label: string;
  value: Permission | '';
  onChange: (permission: Permission) => void;
  /** The person's role; null when it is not known (the picker then offers every level). */
  holderRole?: Role | null;
  withNoAccess?: boolean;
  /** What an empty value reads as (e.g. "None" for someone without a grant of their own). */
  emptyLabel?: string;
} & Omit<TextFieldProps, 'value' | 'onChange' | 'select' | 'label'>) {
  const options = [
    ...(withNoAccess ? [{ level: 'NO_ACCESS' as const, disabledReason: null }] : []),
    ...levelOptions(holderRole),
  ];
  return (
    <TextField
      {...props}
      select
      label={label}
      value={value}
      onChange={(event) => {
        if (isPermission(event.target.value)) onChange(event.target.value);
      }}
      slotProps={{
        ...props.slotProps,
        select: {
          displayEmpty: emptyLabel !== '',
          renderValue: (selected) =>
            isPermission(selected) ? PERMISSION_LABELS[selected] : emptyLabel,
        },
      }}
    >
      {options.map(({ level, disabledReason }) => (
        <MenuItem key={level} value={level} disabled={disabledReason !== null}>
          <ListItemText
            primary={PERMISSION_LABELS[level]}
            secondary={disabledReason ?? PERMISSION_DESCRIPTIONS[level]}
          />
        </MenuItem>
      ))}
    </TextField>
  );
}
