import type { CsvCell } from '../../../lib/csv.ts';
import { ROLE_LABELS, roleText } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { accessPeople, sourcesFor } from '../components/access-people.ts';
import { explainAccess } from '../lib/access-rules.ts';
import { permissionText } from '../../../lib/permissions.ts';
import { DatasetAccessQuery } from './documents.ts';
import type { DatasetAccess, Person } from './queries.ts';

export const ACCESS_CSV_HEADER = [
  'Type',
  'Name',
  'E-mail',
  'Role',
  'Own grant',
  'Effective permission',
  'Comes from',
];

/** Where a person's effective permission comes from, in one cell: its sources and the cap. */
function comesFrom(access: DatasetAccess, person: Person): string {
  const explanation = explainAccess(sourcesFor(access, person));
  if (explanation.highest === 'NO_ACCESS') return 'No source';
  const sources = explanation.steps
    .filter((step) => step.applies && step.level === explanation.highest)
    .map((step) => step.label);
  const cap = explanation.capped
    ? [`capped at ${permissionText(explanation.cap)} by the ${ROLE_LABELS[person.role]} role`]
    : [];
  return [...sources, ...cap].join('; ');
}

/** Everyone with access to the dataset (own grant or group) and every group grant. */
export function accessCsv(access: DatasetAccess): CsvCell[][] {
  const listed = new Map(access.users.map((user) => [user.id, user.activePermission]));
  const people = accessPeople(access).sort((a, b) => a.name.localeCompare(b.name));
  return [
    ACCESS_CSV_HEADER,
    ...people.map((person) => [
      'Person',
      person.name,
      person.email,
      roleText(person.role),
      person.own ? permissionText(person.own) : '',
      permissionText(listed.get(person.id) ?? explainAccess(sourcesFor(access, person)).effective),
      comesFrom(access, person),
    ]),
    ...access.userGroups.map((group) => [
      'Group',
      group.name,
      '',
      '',
      group.permission ? permissionText(group.permission) : '',
      '',
      `Grant to the group's ${group.usersCount.toLocaleString('en')} members`,
    ]),
  ];
}

/** The access list as the server has it now (one request: the API answers it whole). */
export async function exportAccess(dataset: string, signal: AbortSignal): Promise<CsvCell[][]> {
  const data = await gqlRequest(DatasetAccessQuery, { identifier: dataset });
  signal.throwIfAborted();
  if (!data.dataset) throw new Error(`The dataset “${dataset}” is gone.`);
  return accessCsv(data.dataset);
}
