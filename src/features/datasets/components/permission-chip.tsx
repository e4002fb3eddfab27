import { CellChip } from '../../../components/cell-chip.tsx';
import { type Permission, permissionText } from '../../../lib/permissions.ts';

export function PermissionChip({ permission }: { permission: Permission }) {
  const manage = permission === 'MANAGE';
  return (
    <CellChip
      filled={manage}
      tone={manage ? 'primary' : 'default'}
      label={permissionText(permission)}
    />
  );
}
