import { Chip } from '@mui/material';
import { PERMISSION_LABELS, type Permission } from '../lib/access-rules.ts';

export function PermissionChip({ permission }: { permission: Permission }) {
  return (
    <Chip
      size="small"
      variant={permission === 'MANAGE' ? 'filled' : 'outlined'}
      color={permission === 'MANAGE' ? 'primary' : 'default'}
      label={PERMISSION_LABELS[permission]}
    />
  );
}
