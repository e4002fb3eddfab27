import type { CsvCell } from '../../../lib/csv.ts';
import { readAllPages, type ReadProgress } from '../../../lib/read-pages.ts';
import { roleText } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { UsersExportQuery, UsersPageQuery } from './documents.ts';
import { toUserSearch, type UsersListParams } from './list-params.ts';
import type { Invitation, UserRow } from './queries.ts';

/** Users read per request by the export: few requests, none of them heavy. */
export const EXPORT_PAGE = 500;

export const USERS_CSV_HEADER = ['Name', 'E-mail', 'Role', 'Groups'];

/**
 * Every user the list's filters match (search, role, order), not only the page on screen, read
 * page by page. The API has no role filter (fiftyone-api.md §15): with one chosen, the whole
 * search is read and the role picked out here, so progress counts the users looked at.
 */
export async function exportUsers(
  params: Pick<UsersListParams, 'q' | 'role' | 'dir'>,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<CsvCell[][]> {
  const search = toUserSearch(params.q);
  const order = { field: 'name' as const, direction: params.dir };
  const users = await readAllPages(
    async (page) =>
      (await gqlRequest(UsersExportQuery, { page, pageSize: EXPORT_PAGE, search, order }))
        .usersPage,
    onProgress,
    signal,
  );
  const matching = params.role ? users.filter((user) => user.role === params.role) : users;
  return [
    USERS_CSV_HEADER,
    ...matching.map((user) => [
      user.name,
      user.email,
      roleText(user.role),
      user.userGroups.map((group) => group.name).join('; '),
    ]),
  ];
}

export const INVITATIONS_CSV_HEADER = ['E-mail', 'Role', 'Sent', 'Expires'];

/** Pending invitations as the page lists them (the link is left out: it lets anyone join). */
export function invitationsCsv(invitations: readonly Invitation[]): CsvCell[][] {
  return [
    INVITATIONS_CSV_HEADER,
    ...invitations.map((invitation) => [
      invitation.inviteeEmail,
      roleText(invitation.inviteeRole),
      invitation.createdAt,
      invitation.expiresAt,
    ]),
  ];
}

/**
 * Every user the list's filters match, as the list shows them (the bulk actions' "all matching"):
 * read page by page; with a role chosen, the whole search is read and the role picked out here.
 */
export async function readMatchingUsers(
  params: Pick<UsersListParams, 'q' | 'role' | 'dir'>,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<UserRow[]> {
  const search = toUserSearch(params.q);
  const order = { field: 'name' as const, direction: params.dir };
  const users = await readAllPages(
    async (page) =>
      (await gqlRequest(UsersPageQuery, { page, pageSize: EXPORT_PAGE, search, order })).usersPage,
    onProgress,
    signal,
  );
  return params.role ? users.filter((user) => user.role === params.role) : users;
}
