import { Button } from '@mui/material';
import { useState } from 'react';
import { BulkRunDialog } from '../../../../components/bulk-run-dialog.tsx';
import { SelectionBar } from '../../../../components/selection-bar.tsx';
import { permissionText } from '../../../../lib/permissions.ts';
import type { BulkSelection } from '../../../../lib/use-bulk-selection.ts';
import type { DatasetAccess } from '../../api/queries.ts';
import { useInvalidateAccess } from '../../api/use-access-mutations.ts';
import type { GrantLevel } from '../../lib/access-rules.ts';
import type { BulkPlan } from '../../lib/bulk-access.ts';
import { PermissionMenu } from './permission-menu.tsx';

/** What one of the access page's tables changes in bulk, and how. */
export interface GrantsBulkKind<Row, Holder, Change, Remove> {
  /** "people", "groups": the selection bar's noun. */
  noun: string;
  /** "own grants", "group grants": what the actions and dialogs name. */
  grants: string;
  /** The ticked rows as the access page holds them now (a tick may predate the last refresh). */
  holders: (access: DatasetAccess, ticked: readonly Row[]) => Holder[];
  planChange: (holders: Holder[], level: GrantLevel) => BulkPlan<Change>;
  planRemoval: (holders: Holder[]) => BulkPlan<Remove>;
  set: (dataset: string, input: Change) => Promise<unknown>;
  remove: (dataset: string, input: Remove) => Promise<unknown>;
}

/**
 * A table's selection bar on a dataset's access page: change the grant of every ticked row, or
 * remove it, through the bulk dialog (preview with skipped rows, one confirmation, progress,
 * results); the ticks are cleared once a run has happened.
 */
export function GrantsBulkActions<Row, Holder, Change, Remove>({
  access,
  selection,
  kind,
}: {
  access: DatasetAccess;
  selection: BulkSelection<Row>;
  kind: GrantsBulkKind<Row, Holder, Change, Remove>;
}) {
  const [open, setOpen] = useState<
    | { kind: 'change'; level: GrantLevel; plan: BulkPlan<Change> }
    | { kind: 'remove'; plan: BulkPlan<Remove> }
    | null
  >(null);
  const [ran, setRan] = useState(false);
  const invalidate = useInvalidateAccess();
  const scope = `dataset-access:${access.name}`;
  const reading = selection.resolving !== null;

  const ticked = async () => {
    const rows = await selection.resolve().catch(() => null);
    return rows ? kind.holders(access, rows) : null;
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
  const plural = (n: number) => `${n.toLocaleString('en')} grant${n === 1 ? '' : 's'}`;

  return (
    <>
      <SelectionBar
        selection={selection}
        noun={kind.noun}
        actions={
          <>
            <PermissionMenu
              label={`Change ${kind.grants}`}
              disabled={reading}
              onPick={(level) =>
                void ticked().then((holders) => {
                  if (holders)
                    setOpen({ kind: 'change', level, plan: kind.planChange(holders, level) });
                })
              }
            />
            <Button
              size="small"
              variant="outlined"
              color="error"
              disabled={reading}
              onClick={() =>
                void ticked().then((holders) => {
                  if (holders) setOpen({ kind: 'remove', plan: kind.planRemoval(holders) });
                })
              }
            >
              Remove {kind.grants}
            </Button>
          </>
        }
      />
      {open?.kind === 'change' && (
        <BulkRunDialog
          title={`Change ${kind.grants} on ${access.name} to ${permissionText(open.level)}`}
          scope={scope}
          items={open.plan.items}
          preview={open.plan.preview}
          confirmLabel={(n) => `Change ${plural(n)}`}
          perform={(input) => kind.set(access.name, input)}
          onSettled={settled}
          onClose={close}
        />
      )}
      {open?.kind === 'remove' && (
        <BulkRunDialog
          title={`Remove ${kind.grants} on ${access.name}`}
          scope={scope}
          items={open.plan.items}
          preview={open.plan.preview}
          destructive
          confirmLabel={(n) => `Remove ${plural(n)}`}
          perform={(input) => kind.remove(access.name, input)}
          onSettled={settled}
          onClose={close}
        />
      )}
    </>
  );
}
