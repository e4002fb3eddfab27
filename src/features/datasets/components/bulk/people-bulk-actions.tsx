import type { BulkSelection } from '../../../../lib/use-bulk-selection.ts';
import { removePersonGrant, setPersonGrant } from '../../api/bulk-access.ts';
import type { DatasetAccess } from '../../api/queries.ts';
import { planPeopleChange, planPeopleRemoval, type BulkViewer } from '../../lib/bulk-access.ts';
import { accessPeople, sourcesFor, type AccessPerson } from '../access-people.ts';
import { GrantsBulkActions } from './grants-bulk-actions.tsx';

/**
 * The people table's selection bar: change the own grant of every ticked person, or remove it
 * (the viewer decides which rows are skipped, e.g. their own grant).
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
  return (
    <GrantsBulkActions
      access={access}
      selection={selection}
      kind={{
        noun: 'people',
        grants: 'own grants',
        holders: (current, ticked) => {
          const now = new Map(accessPeople(current).map((person) => [person.id, person]));
          return ticked.flatMap((row) => {
            const person = now.get(row.id);
            return person ? [{ ...person, sources: sourcesFor(current, person) }] : [];
          });
        },
        planChange: (people, level) => planPeopleChange(people, level, viewer),
        planRemoval: (people) => planPeopleRemoval(people, viewer),
        set: setPersonGrant,
        remove: removePersonGrant,
      }}
    />
  );
}
