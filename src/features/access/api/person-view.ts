import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { gqlRequest } from '../../../lib/transport.ts';
import { explainAccess, type Explanation } from '../../datasets/lib/access-rules.ts';
import { ManagedPersonDatasetsQuery, PersonDatasetsQuery } from './documents.ts';
import { accessQueries, ALL } from './queries.ts';
import type { Person } from './roster.ts';

// "Everything <person> can access, and why": the datasets where they have any access, each with
// the API's effective permission and the sources that explain it.

export interface PersonDatasetRow {
  id: string;
  name: string;
  explanation: Explanation;
}

export interface PersonView {
  person: Person | null;
  rows: PersonDatasetRow[];
  total: number;
}

interface Sources {
  id: string;
  name: string;
  defaultPermission: Parameters<typeof explainAccess>[0]['defaultPermission'];
  user: { userPermission: Parameters<typeof explainAccess>[0]['own'] } | null;
  userGroups: readonly { name: string; permission: Parameters<typeof explainAccess>[0]['own'] }[];
}

function row(person: Person, dataset: Sources): PersonDatasetRow {
  return {
    id: dataset.id,
    name: dataset.name,
    explanation: explainAccess({
      role: person.role,
      defaultPermission: dataset.defaultPermission,
      own: dataset.user?.userPermission ?? null,
      groups: dataset.userGroups.map((g) => ({ name: g.name, level: g.permission ?? 'NO_ACCESS' })),
    }),
  };
}

export interface PersonViewKey {
  admin: boolean;
  person: string;
  /** The chosen datasets; empty: all the viewer manages. */
  datasets: readonly string[];
  page: number;
  pageSize: number;
}

export const personViewQuery = (key: PersonViewKey) =>
  queryOptions({
    queryKey: [...accessQueries.all(), 'person-view', key] as const,
    queryFn: async ({ client }): Promise<PersonView> => {
      if (key.admin) {
        const data = await gqlRequest(PersonDatasetsQuery, {
          userId: key.person,
          page: key.page,
          pageSize: key.pageSize,
          filter: key.datasets.length > 0 ? { name: { in: [...key.datasets] } } : null,
        });
        const user = data.user;
        if (!user) return { person: null, rows: [], total: 0 };
        const person = { id: user.id, name: user.name, email: user.email, role: user.role };
        return {
          person,
          rows: user.datasetsPage.nodes.map((dataset) => row(person, dataset)),
          total: user.datasetsPage.nodeTotal,
        };
      }
      // A manager reads their own datasets (few) and keeps those where the person has access.
      const data = await gqlRequest(ManagedPersonDatasetsQuery, { userId: key.person, first: ALL });
      const chosen = new Set(key.datasets);
      const reached = data.datasets.filter(
        (dataset) => dataset.user !== null && (chosen.size === 0 || chosen.has(dataset.name)),
      );
      const known = (await client.query(accessQueries.roster())).people.find(
        (p) => p.id === key.person,
      );
      const first = reached[0]?.user;
      const person =
        known ??
        (first ? { id: first.id, name: first.name, email: first.email, role: first.role } : null);
      if (!person) return { person: null, rows: [], total: 0 };
      const start = (key.page - 1) * key.pageSize;
      return {
        person,
        rows: reached.slice(start, start + key.pageSize).map((dataset) => row(person, dataset)),
        total: reached.length,
      };
    },
    placeholderData: keepPreviousData,
  });
