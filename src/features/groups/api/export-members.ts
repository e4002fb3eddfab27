import type { CsvCell } from '../../../lib/csv.ts';
import { readAllPages, type ReadProgress } from '../../../lib/read-pages.ts';
import { roleText } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { GroupMembersQuery } from './documents.ts';

const EXPORT_PAGE = 500;

export const MEMBERS_CSV_HEADER = ['Name', 'E-mail', 'Role'];

/** Every member of a group that the search matches, read page by page. */
export async function exportGroupMembers(
  groupId: string,
  q: string,
  onProgress: ReadProgress,
  signal: AbortSignal,
): Promise<CsvCell[][]> {
  const search = q ? { term: q, fields: ['name' as const, 'email' as const] } : null;
  const members = await readAllPages(
    async (page) =>
      (
        await gqlRequest(GroupMembersQuery, {
          identifier: groupId,
          page,
          pageSize: EXPORT_PAGE,
          search,
        })
      ).userGroup?.usersPage ?? null,
    onProgress,
    signal,
  );
  return [
    MEMBERS_CSV_HEADER,
    ...members.map((member) => [member.name, member.email, roleText(member.role)]),
  ];
}
