import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { paths } from '../src/config/paths.ts';
import { expect, graphqlAs, openApp, persona, test } from './helpers/app.ts';
import { filterByRole, searchUsers, userRows } from './helpers/users.ts';

// CSV out and in: the users list exported as filtered, compared with what the API answers;
// a messy CSV of invitations checked row by row, then sent.

const ADMIN = persona('admin');

interface ApiUser {
  name: string;
  email: string;
  role: string;
  userGroups: { name: string }[];
}

const ROLE_NAMES: Record<string, string> = {
  ADMIN: 'Admin',
  MEMBER: 'Member',
  COLLABORATOR: 'Collaborator',
  GUEST: 'Guest',
};

test('exports every user of a filtered list, as the API has them', async ({ page }) => {
  await openApp(page, paths.users.list());
  await searchUsers(page, 'a');
  await filterByRole(page, 'Member');
  // The export is of the list on screen: wait until it is the members' (on a busy machine the
  // filter is drawn after the select shows it).
  await expect(page).toHaveURL(/[?&]role=MEMBER\b/);
  await expect(userRows(page).first()).toBeVisible();
  await expect(userRows(page).filter({ hasNotText: 'Member' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^users-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByText(/^Exported \d+ users to users-/)).toBeVisible();
  const text = await readFile(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

  const answer = await graphqlAs(
    page,
    ADMIN.apiKey,
    `{ usersPage(pageSize: 1000, search: { term: "a", fields: [name, email] }, order: { field: name }) {
        nodes { name email role userGroups(first: 1000, order: { field: name }) { name } } } }`,
  );
  const page1 = answer.body.data?.usersPage as { nodes: ApiUser[] } | undefined;
  const members = (page1?.nodes ?? []).filter((user) => user.role === 'MEMBER');
  expect(members.length).toBeGreaterThan(0);
  expect(rows).toEqual([
    ['Name', 'E-mail', 'Role', 'Groups'],
    ...members.map((user) => [
      user.name,
      user.email,
      ROLE_NAMES[user.role] ?? user.role,
      user.userGroups.map((group) => group.name).join('; '),
    ]),
  ]);
});

test('invites from a messy CSV: checked row by row, a row dropped, the rest sent', async ({
  page,
}) => {
  await openApp(page, paths.users.list());
  await page.getByRole('button', { name: 'Invite from CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite from CSV' });
  const csv =
    '\uFEFFe-mail;role;groups\r\n' +
    '"csv.one@example.com";Member;"Research|Annotators"\r\n' +
    'broken-address;Guest;\r\n' +
    'CSV.ONE@example.com;Guest;\r\n' +
    `${ADMIN.email};Admin;\r\n` +
    'csv.two@example.com;wizard;\r\n' +
    '\r\n' +
    'csv.three@example.com;collaborator;\r\n' +
    'csv.four@example.com;GUEST;\r\n';
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(dialog.getByText('people.csv')).toBeVisible();
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(
    dialog.getByText('7 rows: 3 ready to invite, 4 with a problem, 0 dropped.'),
  ).toBeVisible();
  const table = dialog.getByRole('table', { name: 'Rows to invite' });
  await expect(table.getByRole('row').filter({ hasText: 'broken-address' })).toContainText(
    'Not a valid e-mail address',
  );
  await expect(table.getByRole('row').filter({ hasText: /CSV\.ONE@example\.com/ })).toContainText(
    'Repeats line 2',
  );
  await expect(table.getByRole('row').filter({ hasText: ADMIN.email })).toContainText(
    'Already in the organization as Admin',
  );
  await expect(table.getByRole('row').filter({ hasText: 'csv.two@example.com' })).toContainText(
    'Unknown role “wizard”',
  );

  await dialog.getByRole('button', { name: 'Drop line 9: csv.four@example.com' }).click();
  await dialog.getByRole('button', { name: 'Review 2 invitations' }).click();
  await expect(dialog.getByRole('list', { name: 'What will happen' })).toContainText(
    'Invite as Member: 1',
  );
  await dialog.getByRole('button', { name: 'Send 2 invitations' }).click();
  await expect(dialog.getByText(/Finished · 2 done · 0 failed/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const answer = await graphqlAs(
    page,
    ADMIN.apiKey,
    '{ invitations { inviteeEmail inviteeRole } }',
  );
  const invitations = (answer.body.data?.invitations ?? []) as {
    inviteeEmail: string;
    inviteeRole: string;
  }[];
  const sent = new Map(invitations.map((i) => [i.inviteeEmail, i.inviteeRole]));
  expect(sent.get('csv.one@example.com')).toBe('MEMBER');
  expect(sent.get('csv.three@example.com')).toBe('COLLABORATOR');
  expect(sent.has('csv.four@example.com')).toBe(false);
});
