import type { BulkSelection } from '../../../../lib/use-bulk-selection.ts';
import { removeGroupGrant, setGroupGrant } from '../../api/bulk-access.ts';
import type { DatasetAccess, DatasetGroup } from '../../api/queries.ts';
import { planGroupsChange, planGroupsRemoval } from '../../lib/bulk-access.ts';
import { GrantsBulkActions } from './grants-bulk-actions.tsx';

/** The groups table's selection bar: change or remove the grant of every ticked group. */
export function GroupsBulkActions({
  access,
  selection,
}: {
  access: DatasetAccess;
  selection: BulkSelection<DatasetGroup>;
}) {
  return (
    <GrantsBulkActions
      access={access}
      selection={selection}
      kind={{
        noun: 'groups',
        grants: 'group grants',
        holders: (current, ticked) => {
          const now = new Map(current.userGroups.map((group) => [group.id, group]));
          return ticked.flatMap((group) => now.get(group.id) ?? []);
        },
        planChange: planGroupsChange,
        planRemoval: planGroupsRemoval,
        set: setGroupGrant,
        remove: removeGroupGrant,
      }}
    />
  );
}
