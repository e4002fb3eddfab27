import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { graphql, type ResultOf } from '../../../lib/graphql.ts';
import { gqlRequest } from '../../../lib/transport.ts';

// One request per search, whatever the number of kinds: each kind's first few matches, searched
// by the server where the API can (users, groups, datasets, orchestrators; secrets by a key
// filter). The API cannot search plugins, so their short list comes whole and is matched here.
// What only admins may list (fiftyone-api.md §7, §14) is asked for only when an admin searches.
export const PaletteSearchQuery = graphql(`
  query PaletteSearch(
    $admin: Boolean!
    $first: Int!
    $users: UserSearchFieldsSearch
    $groups: UserGroupSearchFieldsSearch
    $datasets: DatasetSearchFieldsSearch
    $orchestrators: OrchestratorSearchFieldsSearch
    $secretKey: String!
  ) {
    usersPage(page: 1, pageSize: $first, search: $users, order: { field: name })
      @include(if: $admin) {
      nodes {
        id
        name
        email
        role
      }
    }
    userGroupsPage(page: 1, pageSize: $first, search: $groups, order: { field: name })
      @include(if: $admin) {
      nodes {
        id
        name
        usersCount
      }
    }
    datasetsPage(page: 1, pageSize: $first, search: $datasets, order: { field: name }) {
      nodes {
        id
        name
        viewer {
          activePermission
        }
      }
    }
    plugins(includeBuiltin: true) {
      name
      version
      enabled
    }
    secrets(filter: { key: { regexp: $secretKey } }, order: { field: key }) @include(if: $admin) {
      key
      description
    }
    orchestratorsPage(
      page: 1
      pageSize: $first
      search: $orchestrators
      order: { field: instanceIdentifier }
    ) @include(if: $admin) {
      nodes {
        instanceIdentifier
        orchestratorIdentifier
      }
    }
  }
`);

export type PaletteSearchResult = ResultOf<typeof PaletteSearchQuery>;

/** How many matches of each kind the palette shows. */
export const PER_KIND = 4;

/**
 * A pattern matching key names that contain `term`, in any case: the API's regexp filter takes no
 * flags, so each letter becomes a class of both cases and every other character is escaped.
 */
export function containsPattern(term: string): string {
  return term.replace(/[\s\S]/gu, (char) => {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower !== upper) return `[${lower}${upper}]`;
    return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
  });
}

export const paletteQueries = {
  all: () => ['palette'] as const,
  search: (term: string, admin: boolean) =>
    queryOptions({
      queryKey: [...paletteQueries.all(), 'search', { term, admin }] as const,
      queryFn: () =>
        gqlRequest(PaletteSearchQuery, {
          admin,
          first: PER_KIND,
          users: { term, fields: ['name', 'email'] },
          groups: { term, fields: ['name', 'slug'] },
          datasets: { term, fields: ['name', 'slug'] },
          orchestrators: { term, fields: ['instanceIdentifier'] },
          secretKey: containsPattern(term),
        }),
      placeholderData: keepPreviousData,
      staleTime: 10_000,
    }),
};
