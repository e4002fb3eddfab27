import { PERMISSION_LABELS, type Permission } from '../lib/access-rules.ts';
import { TextChip } from '../../../components/text-chip.tsx';

export function PermissionChip({ permission }: { permission: Permission }) {
  return (
    <TextChip
      size="small"
      variant={permission === 'MANAGE' ? 'filled' : 'outlined'}
      color={permission === 'MANAGE' ? 'primary' : 'default'}
      label={PERMISSION_LABELS[permission]}
    />
  );
}
