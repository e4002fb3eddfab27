import { gql } from '@urql/core';
import { PERMISSIONS, type Permission } from '../../../lib/permissions.ts';
import { z } from '../../../lib/zod.ts';

// The cells on screen in ONE request: each dataset of the screen once, and under it each person
// (`Dataset.user(id)`: their effective permission as the API computes it, null for no access)
// and each group (`Dataset.userGroup`: its grant there). Aliases name them by position, so the
// document grows with the screen and never with the organization.

export interface MatrixRequest {
  /** Dataset names (the columns on screen). */
  datasets: readonly string[];
  /** User ids (the people on screen). */
  people: readonly string[];
  /** Group ids (the groups on screen). */
  groups: readonly string[];
}

export interface MatrixColumn {
  /** What members with no other source get. */
  defaultPermission: Permission;
  /** Each person's effective permission. */
  people: Map<string, Permission>;
  /** Each group's grant (null: none). */
  groups: Map<string, Permission | null>;
}

/** Per dataset name; null when the dataset is gone (or no longer visible to the viewer). */
export type MatrixCells = Map<string, MatrixColumn | null>;

export function matrixDocument(request: MatrixRequest) {
  const declared = [
    ...request.datasets.map((_, j) => `$d${String(j)}: String!`),
    ...request.people.map((_, i) => `$u${String(i)}: String!`),
    ...request.groups.map((_, k) => `$g${String(k)}: String!`),
  ];
  const perDataset = [
    'id defaultPermission',
    ...request.people.map((_, i) => `u${String(i)}: user(id: $u${String(i)}) { activePermission }`),
    ...request.groups.map(
      (_, k) => `g${String(k)}: userGroup(identifier: $g${String(k)}) { permission }`,
    ),
  ].join(' ');
  const body = request.datasets
    .map((_, j) => `d${String(j)}: dataset(identifier: $d${String(j)}) { ${perDataset} }`)
    .join('\n  ');
  const text = `query AccessMatrix(${declared.join(', ')}) {\n  ${body}\n}`;
  const variables: Record<string, string> = {};
  request.datasets.forEach((name, j) => (variables[`d${String(j)}`] = name));
  request.people.forEach((id, i) => (variables[`u${String(i)}`] = id));
  request.groups.forEach((id, k) => (variables[`g${String(k)}`] = id));
  return { document: gql<unknown, Record<string, string>>(text), variables };
}

const permission = z.enum(PERMISSIONS);
const userAnswer = z.nullable(z.object({ activePermission: permission }));
const groupAnswer = z.nullable(z.object({ permission: z.nullable(permission) }));
const datasetAnswer = z.nullable(
  z.looseObject({ defaultPermission: permission }).and(z.record(z.string(), z.unknown())),
);
const matrixAnswer = z.record(z.string(), datasetAnswer);

/** The answer read back into cells; an answer of another shape is the server's fault. */
export function readMatrix(request: MatrixRequest, data: unknown): MatrixCells {
  const answer = matrixAnswer.parse(data);
  const cells: MatrixCells = new Map();
  request.datasets.forEach((name, j) => {
    const dataset = answer[`d${String(j)}`];
    if (!dataset) {
      cells.set(name, null);
      return;
    }
    const people = new Map<string, Permission>();
    request.people.forEach((id, i) => {
      const user = userAnswer.parse(dataset[`u${String(i)}`] ?? null);
      people.set(id, user?.activePermission ?? 'NO_ACCESS');
    });
    const groups = new Map<string, Permission | null>();
    request.groups.forEach((id, k) => {
      groups.set(id, groupAnswer.parse(dataset[`g${String(k)}`] ?? null)?.permission ?? null);
    });
    cells.set(name, { defaultPermission: dataset.defaultPermission, people, groups });
  });
  return cells;
}
