import { gql } from '@urql/core';
import { z } from '../../../lib/zod.ts';

// "Has this person at least LEVEL anywhere?" for a page of people in ONE request (admins):
// `User.datasetsCount` with the level and the chosen datasets as its filter, once per person.

export interface CountFilter {
  userPermission: { ge: string };
  name: { in: string[] } | null;
}

export function countDocument(people: readonly string[], filter: CountFilter) {
  const declared = ['$filter: DatasetFilter!', ...people.map((_, i) => `$u${String(i)}: String!`)];
  const body = people
    .map((_, i) => `u${String(i)}: user(id: $u${String(i)}) { datasetsCount(filter: $filter) }`)
    .join('\n  ');
  const text = `query AccessLevelCounts(${declared.join(', ')}) {\n  ${body}\n}`;
  const variables: Record<string, unknown> = { filter };
  people.forEach((id, i) => (variables[`u${String(i)}`] = id));
  return { document: gql<unknown, Record<string, unknown>>(text), variables };
}

const countAnswer = z.record(z.string(), z.nullable(z.object({ datasetsCount: z.number() })));

/** The people (of `people`, in order) with at least one dataset at the level. */
export function readCounts(people: readonly string[], data: unknown): Set<string> {
  const answer = countAnswer.parse(data);
  return new Set(people.filter((_, i) => (answer[`u${String(i)}`]?.datasetsCount ?? 0) > 0));
}
