import { ListItemText, MenuItem, TextField, type TextFieldProps } from '@mui/material';
import type { Role } from '../../../lib/roles.ts';
import { levelOptions, PERMISSION_DESCRIPTIONS } from '../lib/access-rules.ts';
import {
  isPermission,
  permissionLabel,
  permissionText,
  type Permission,
} from '../../../lib/permissions.ts';

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
  /** As the server answered it ('' for none): a level a newer server added shows as its name. */
  value: string;
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
          renderValue: (selected) => (selected === '' ? emptyLabel : permissionLabel(selected)),
        },
      }}
    >
      {options.map(({ level, disabledReason }) => (
        <MenuItem key={level} value={level} disabled={disabledReason !== null}>
          <ListItemText
            primary={permissionText(level)}
            secondary={disabledReason ?? PERMISSION_DESCRIPTIONS[level]}
          />
        </MenuItem>
      ))}
      {value !== '' && !isPermission(value) && (
        // A permission a newer server added: shown as its name, not offered.
        <MenuItem value={value} disabled>
          {value}
        </MenuItem>
      )}
    </TextField>
  );
}
