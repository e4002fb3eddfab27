import { TextChip } from '../../../components/text-chip.tsx';
import { type Permission, permissionText } from '../../../lib/permissions.ts';

export function PermissionChip({ permission }: { permission: Permission }) {
  return (
    <TextChip
      size="small"
      variant={permission === 'MANAGE' ? 'filled' : 'outlined'}
      color={permission === 'MANAGE' ? 'primary' : 'default'}
      label={permissionText(permission)}
    />
  );
}
