import { Button } from '@mui/material';
import { useState } from 'react';
import { BulkRunDialog } from '../../../../components/bulk-run-dialog.tsx';
import { SelectionBar } from '../../../../components/selection-bar.tsx';
import { permissionText } from '../../../../lib/permissions.ts';
import type { BulkSelection } from '../../../../lib/use-bulk-selection.ts';
import { removeGroupGrant, setGroupGrant } from '../../api/bulk-access.ts';
import type { DatasetAccess, DatasetGroup } from '../../api/queries.ts';
import { useInvalidateAccess } from '../../api/use-access-mutations.ts';
import type { GrantLevel } from '../../lib/access-rules.ts';
import { planGroupsChange, planGroupsRemoval, type BulkPlan } from '../../lib/bulk-access.ts';
import { PermissionMenu } from './permission-menu.tsx';

type Open =
  | { kind: 'change'; level: GrantLevel; plan: BulkPlan<{ group: string; permission: GrantLevel }> }
  | { kind: 'remove'; plan: BulkPlan<{ group: string }> }
  | null;

/** The ticked groups as the access page holds them now (a tick may predate the last refresh). */
function current(access: DatasetAccess, ticked: readonly DatasetGroup[]): DatasetGroup[] {
  const now = new Map(access.userGroups.map((group) => [group.id, group]));
  return ticked.flatMap((group) => now.get(group.id) ?? []);
}

/** The groups table's selection bar: change or remove the grant of every ticked group. */
export function GroupsBulkActions({
  access,
  selection,
}: {
  access: DatasetAccess;
  selection: BulkSelection<DatasetGroup>;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [ran, setRan] = useState(false);
  const invalidate = useInvalidateAccess();
  const scope = `dataset-access:${access.name}`;

  const start = async (next: (groups: DatasetGroup[]) => Open) => {
    const ticked = await selection.resolve().catch(() => null);
    if (ticked) setOpen(next(current(access, ticked)));
  };
  const close = () => {
    setOpen(null);
    if (ran) selection.clear();
    setRan(false);
  };
  const settled = () => {
    setRan(true);
    return invalidate();
  };

  return (
    <>
      <SelectionBar
        selection={selection}
        noun="groups"
        actions={
          <>
            <PermissionMenu
              label="Change group grants"
              onPick={(level) =>
                void start((groups) => ({
                  kind: 'change',
                  level,
                  plan: planGroupsChange(groups, level),
                }))
              }
            />
            <Button
              size="small"
              variant="outlined"
              color="error"
              onClick={() =>
                void start((groups) => ({ kind: 'remove', plan: planGroupsRemoval(groups) }))
              }
            >
              Remove group grants
            </Button>
          </>
        }
      />
      {open?.kind === 'change' && (
        <BulkRunDialog
          title={`Change group grants on ${access.name} to ${permissionText(open.level)}`}
          scope={scope}
          items={open.plan.items}
          preview={open.plan.preview}
          confirmLabel={(n) => `Change ${n.toLocaleString('en')} grant${n === 1 ? '' : 's'}`}
          perform={(input) => setGroupGrant(access.name, input)}
          onSettled={settled}
          onClose={close}
        />
      )}
      {open?.kind === 'remove' && (
        <BulkRunDialog
          title={`Remove group grants on ${access.name}`}
          scope={scope}
          items={open.plan.items}
          preview={open.plan.preview}
          destructive
          confirmLabel={(n) => `Remove ${n.toLocaleString('en')} grant${n === 1 ? '' : 's'}`}
          perform={(input) => removeGroupGrant(access.name, input)}
          onSettled={settled}
          onClose={close}
        />
      )}
    </>
  );
}
