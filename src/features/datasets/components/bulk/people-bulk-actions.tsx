import { Button } from '@mui/material';
import { useState } from 'react';
import { BulkRunDialog } from '../../../../components/bulk-run-dialog.tsx';
import { SelectionBar } from '../../../../components/selection-bar.tsx';
import { permissionText } from '../../../../lib/permissions.ts';
import type { BulkSelection } from '../../../../lib/use-bulk-selection.ts';
import { removePersonGrant, setPersonGrant } from '../../api/bulk-access.ts';
import type { DatasetAccess } from '../../api/queries.ts';
import { useInvalidateAccess } from '../../api/use-access-mutations.ts';
import type { GrantLevel } from '../../lib/access-rules.ts';
import {
  planPeopleChange,
  planPeopleRemoval,
  type BulkPlan,
  type BulkViewer,
  type GrantHolder,
} from '../../lib/bulk-access.ts';
import { accessPeople, sourcesFor, type AccessPerson } from '../access-people.ts';
import { PermissionMenu } from './permission-menu.tsx';

type Open =
  | {
      kind: 'change';
      level: GrantLevel;
      plan: BulkPlan<{ userId: string; permission: GrantLevel }>;
    }
  | { kind: 'remove'; plan: BulkPlan<{ userId: string }> }
  | null;

/** The ticked people as the access page holds them now (a tick may predate the last refresh). */
function holders(access: DatasetAccess, ticked: readonly { id: string }[]): GrantHolder[] {
  const now = new Map(accessPeople(access).map((person) => [person.id, person]));
  return ticked.flatMap((row) => {
    const person = now.get(row.id);
    return person ? [{ ...person, sources: sourcesFor(access, person) }] : [];
  });
}

/**
 * The people table's selection bar: change the own grant of every ticked person, or remove it,
 * through the bulk dialog (preview with skipped rows, one confirmation, progress, results).
 */
export function PeopleBulkActions<Row extends AccessPerson>({
  access,
  viewer,
  selection,
}: {
  access: DatasetAccess;
  viewer: BulkViewer;
  selection: BulkSelection<Row>;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [ran, setRan] = useState(false);
  const invalidate = useInvalidateAccess();
  const scope = `dataset-access:${access.name}`;

  const start = async (next: (people: GrantHolder[]) => Open) => {
    const ticked = await selection.resolve().catch(() => null);
    if (ticked) setOpen(next(holders(access, ticked)));
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
        noun="people"
        actions={
          <>
            <PermissionMenu
              label="Change own grants"
              disabled={selection.resolving !== null}
              onPick={(level) =>
                void start((people) => ({
                  kind: 'change',
                  level,
                  plan: planPeopleChange(people, level, viewer),
                }))
              }
            />
            <Button
              size="small"
              variant="outlined"
              color="error"
              disabled={selection.resolving !== null}
              onClick={() =>
                void start((people) => ({
                  kind: 'remove',
                  plan: planPeopleRemoval(people, viewer),
                }))
              }
            >
              Remove own grants
            </Button>
          </>
        }
      />
      {open?.kind === 'change' && (
        <BulkRunDialog
          title={`Change own grants on ${access.name} to ${permissionText(open.level)}`}
          scope={scope}
          items={open.plan.items}
          preview={open.plan.preview}
          confirmLabel={(n) => `Change ${n.toLocaleString('en')} grant${n === 1 ? '' : 's'}`}
          perform={(input) => setPersonGrant(access.name, input)}
          onSettled={settled}
          onClose={close}
        />
      )}
      {open?.kind === 'remove' && (
        <BulkRunDialog
          title={`Remove own grants on ${access.name}`}
          scope={scope}
          items={open.plan.items}
          preview={open.plan.preview}
          destructive
          confirmLabel={(n) => `Remove ${n.toLocaleString('en')} grant${n === 1 ? '' : 's'}`}
          perform={(input) => removePersonGrant(access.name, input)}
          onSettled={settled}
          onClose={close}
        />
      )}
    </>
  );
}
