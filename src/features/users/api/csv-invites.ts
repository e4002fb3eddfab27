import Papa from 'papaparse';
import { LIMITS } from '../../../lib/limits.ts';
import { readAllPages } from '../../../lib/read-pages.ts';
import { isRole, ROLE_LABELS, ROLES, seatOf, type Role, type Seat } from '../../../lib/roles.ts';
import { gqlRequest } from '../../../lib/transport.ts';
import { UserEmailsQuery } from './documents.ts';
import { EMAIL_PATTERN } from './invite-schema.ts';
import type { Seats } from './queries.ts';

// "Invite from CSV": columns e-mail, role and optional groups, with or without a header row,
// separated by commas, semicolons or tabs (papaparse guesses which), a BOM and Windows line ends
// allowed. Every row is checked before anything is sent, with the invite dialog's rules.

export interface CsvInviteRow {
  /** The row's line in the file (1-based, the header counted), for the person to find it. */
  line: number;
  email: string;
  /** The role as written in the file. */
  roleText: string;
  role: Role | null;
  groups: string[];
}

export type CsvInviteCheck = CsvInviteRow & ({ ok: true } | { ok: false; problem: string });

const EMAIL_HEADERS = new Set(['email', 'e-mail', 'mail', 'email address', 'e-mail address']);

/** A role as people write it: `member`, `Member`, `MEMBER`. */
function readRole(text: string): Role | null {
  const upper = text.trim().toUpperCase();
  if (isRole(upper)) return upper;
  return ROLES.find((role) => ROLE_LABELS[role].toUpperCase() === upper) ?? null;
}

export function parseInviteCsv(text: string): CsvInviteRow[] {
  // Empty lines are kept while parsing so each row's line number matches the file.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'] });
  return inviteRecordReader()(parsed.data);
}

/**
 * Reads parsed records into rows, in file order, one batch after another (a large file is
 * parsed in chunks): the first record decides whether there is a header and where the columns
 * are; line numbers run on across batches.
 */
export function inviteRecordReader(): (records: readonly string[][]) => CsvInviteRow[] {
  let index = 0;
  let columns: { hasHeader: boolean; emailAt: number; roleAt: number; groupsAt: number } | null =
    null;
  return (records) => {
    if (!columns && records.length > 0) {
      const first = records[0]?.map((cell) => cell.trim().toLowerCase()) ?? [];
      const hasHeader = first.some((cell) => EMAIL_HEADERS.has(cell));
      const column = (names: string[], fallback: number) => {
        const found = first.findIndex((cell) => names.includes(cell));
        return hasHeader ? found : fallback;
      };
      columns = {
        hasHeader,
        emailAt: column([...EMAIL_HEADERS], 0),
        roleAt: column(['role'], 1),
        groupsAt: column(['groups', 'group'], 2),
      };
    }
    const { hasHeader, emailAt, roleAt, groupsAt } = columns ?? {
      hasHeader: false,
      emailAt: 0,
      roleAt: 1,
      groupsAt: 2,
    };
    return records.flatMap((record) => {
      index += 1;
      if ((hasHeader && index === 1) || record.every((value) => !value.trim())) return [];
      const cell = (at: number) => (at >= 0 ? (record[at] ?? '').trim() : '');
      const roleText = cell(roleAt);
      return {
        line: index,
        email: cell(emailAt).replace(/^<|>$/g, ''),
        roleText,
        role: readRole(roleText),
        groups: cell(groupsAt)
          .split(/[|;,]/)
          .map((group) => group.trim())
          .filter(Boolean),
      };
    });
  };
}

export interface KnownPeople {
  /** Lower-case e-mail → role, for everyone in the organization. */
  members: ReadonlyMap<string, Role>;
  /** Lower-case e-mails with a pending invitation. */
  invited: ReadonlySet<string>;
  seats: Seats | null;
}

/**
 * Each row's verdict: bad address, unknown role, repeated row, already a member, already
 * invited, or no seat of its role left (rows are given seats in file order). `dropped` rows
 * (line numbers) take no seat.
 */
export function checkInviteRows(
  rows: readonly CsvInviteRow[],
  known: KnownPeople,
  dropped: ReadonlySet<number> = new Set(),
): CsvInviteCheck[] {
  return rows.map(inviteRowChecker(known, dropped));
}

/**
 * The same verdicts one row at a time, in file order (a large file is checked in slices): the
 * repeats seen and the seats left carry over from one row to the next.
 */
export function inviteRowChecker(
  known: KnownPeople,
  dropped: ReadonlySet<number> = new Set(),
): (row: CsvInviteRow) => CsvInviteCheck {
  const seen = new Map<string, number>();
  const left = new Map<Seat, number>();
  for (const seat of ['users', 'collaborators', 'guests'] as const) {
    const audit = known.seats?.[seat];
    left.set(seat, audit ? audit.remaining : Number.POSITIVE_INFINITY);
  }
  return (row): CsvInviteCheck => {
    const key = row.email.toLowerCase();
    const problem = (text: string): CsvInviteCheck => ({ ...row, ok: false, problem: text });
    if (!row.email) return problem('No e-mail address');
    if (row.email.length > LIMITS.email) {
      return problem(`Longer than ${LIMITS.email} characters, the most an e-mail can have`);
    }
    if (!EMAIL_PATTERN.test(row.email)) return problem('Not a valid e-mail address');
    const earlier = seen.get(key);
    if (earlier !== undefined) return problem(`Repeats line ${earlier}`);
    seen.set(key, row.line);
    if (!row.role) {
      return problem(
        row.roleText
          ? `Unknown role “${row.roleText}”`
          : 'No role (Admin, Member, Collaborator or Guest)',
      );
    }
    const memberRole = known.members.get(key);
    if (memberRole) return problem(`Already in the organization as ${ROLE_LABELS[memberRole]}`);
    if (known.invited.has(key)) return problem('Already has a pending invitation');
    if (dropped.has(row.line)) return { ...row, ok: true };
    const seat = seatOf(row.role);
    const remaining = left.get(seat) ?? 0;
    if (remaining <= 0) return problem(`No ${ROLE_LABELS[row.role].toLowerCase()} seat left`);
    left.set(seat, remaining - 1);
    return { ...row, ok: true };
  };
}

/** Everyone's e-mail and role, read a page at a time (a large organization has thousands). */
export async function readMembers(signal: AbortSignal): Promise<Map<string, Role>> {
  const users = await readAllPages(
    async (page) => (await gqlRequest(UserEmailsQuery, { page, pageSize: 1000 })).usersPage,
    () => undefined,
    signal,
  );
  return new Map(
    users.flatMap((user) =>
      isRole(user.role) ? [[user.email.toLowerCase(), user.role] as const] : [],
    ),
  );
}
