import { PERMISSION_LABELS, type Permission } from '../../../lib/permissions.ts';
import type { MatrixCells } from '../api/matrix-document.ts';
import type { Person } from '../api/roster.ts';

/**
 * The matrix as CSV rows: a header, each person, the default (unless a level filter left it
 * out), each group.
 */
export function matrixRows(
  datasets: readonly string[],
  people: readonly Person[],
  groups: readonly { id: string; name: string }[],
  cells: MatrixCells,
  withDefault = true,
): string[][] {
  const level = (value: Permission | null | undefined) =>
    value ? PERMISSION_LABELS[value] : 'No grant';
  const per = (read: (column: NonNullable<ReturnType<MatrixCells['get']>>) => string) =>
    datasets.map((name) => {
      const column = cells.get(name);
      return column ? read(column) : '';
    });
  return [
    ['Kind', 'Name', 'E-mail', 'Role', ...datasets],
    ...people.map((person) => [
      'Person',
      person.name,
      person.email,
      person.role,
      ...per((column) => level(column.people.get(person.id) ?? 'NO_ACCESS')),
    ]),
    ...(withDefault
      ? [['Default', 'Members by default', '', 'MEMBER', ...per((c) => level(c.defaultPermission))]]
      : []),
    ...groups.map((group) => [
      'Group',
      group.name,
      '',
      '',
      ...per((column) => level(column.groups.get(group.id))),
    ]),
  ];
}
