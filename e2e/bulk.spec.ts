import {
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  openApp,
  persona,
  setMockScenario,
  test,
} from './helpers/app.ts';
import {
  leaveFreeSeats,
  rowCheckbox,
  runResult,
  runStatus,
  selectionBar,
  selectionCount,
  tabTo,
} from './helpers/bulk.ts';
import { menuClosed, paths, usersGrid } from './helpers/users.ts';

// Bulk actions on the users list: tick rows (or every matching one), preview, confirm once, and
// watch each row's answer; Cancel stops sending; all of it from the keyboard too.

const ADMIN = persona('admin');

interface ApiUser {
  id: string;
  name: string;
  email: string;
  role: string;
}

async function apiUsers(page: Parameters<typeof graphqlAs>[0]): Promise<ApiUser[]> {
  const answer = await graphqlAs(
    page,
    ADMIN.apiKey,
    '{ usersPage(pageSize: 1000, order: { field: name }) { nodes { id name email role } } }',
  );
  const users = answer.body.data?.usersPage as { nodes: ApiUser[] } | undefined;
  return users?.nodes ?? [];
}

test('a bulk role change where the licence runs out shows each outcome, and the API agrees', async ({
  page,
}) => {
  await openApp(page, `${paths.users.list()}?role=MEMBER`);
  const members = (await apiUsers(page)).filter((user) => user.role === 'MEMBER').slice(0, 3);
  expect(members).toHaveLength(3);
  // One collaborator seat left: one change goes through, the server refuses the other two.
  await leaveFreeSeats(page, 'collaborators', 1);

  for (const member of members) await rowCheckbox(page, member.name).check();
  await expect(selectionCount(page, 'users')).toHaveText('3 selected');
  await selectionBar(page, 'users').getByRole('button', { name: 'Change role' }).click();
  const chooser = page.getByRole('dialog', { name: 'Change the role of 3 users' });
  await chooser.getByRole('combobox', { name: 'New role' }).click();
  await page.getByRole('option', { name: /^Collaborator/ }).click();
  await menuClosed(page);
  await chooser.getByRole('button', { name: 'Review the change' }).click();

  const dialog = page.getByRole('dialog', { name: 'Make Collaborator' });
  const preview = dialog.getByRole('list', { name: 'What will happen' });
  await expect(preview).toContainText('Member → Collaborator: 3');
  await expect(preview).toContainText('only 1 free: the server will refuse 2');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Make 3 users Collaborator' }).click();

  await expect(runStatus(dialog)).toHaveText(/^Finished · 1 done · 2 failed/);
  await expect(
    dialog
      .getByRole('list', { name: 'Results' })
      .getByRole('listitem')
      .filter({
        hasText: /No collaborator seats left/,
      }),
  ).toHaveCount(2);

  const after = await apiUsers(page);
  const roles = members.map((member) => after.find((user) => user.id === member.id)?.role);
  expect(roles.filter((role) => role === 'COLLABORATOR')).toHaveLength(1);
  expect(roles.filter((role) => role === 'MEMBER')).toHaveLength(2);
  const changed = members.find((_, index) => roles[index] === 'COLLABORATOR');
  await expect(runResult(dialog, changed?.email ?? '?')).toContainText('Done');

  await dialog.getByRole('button', { name: 'Close' }).click();
  // One refresh at the end: the list (members only) no longer shows the new collaborator.
  await expect(usersGrid(page).getByText(changed?.email ?? '?')).toHaveCount(0);
});

test('Cancel mid-run stops sending: what was done stays done, the rest is listed as not sent', async ({
  page,
}) => {
  await openApp(page, paths.users.list());
  const group = 'External Labelers';
  const members = async () => {
    const answer = await graphqlAs(
      page,
      ADMIN.apiKey,
      `{ userGroup(identifier: "${group}") { usersCount } }`,
    );
    return (answer.body.data?.userGroup as { usersCount: number } | undefined)?.usersCount ?? -1;
  };
  const before = await members();

  await usersGrid(page).getByRole('checkbox', { name: 'Select all users on this page' }).check();
  await selectionBar(page, 'users').getByRole('button', { name: 'Add to group' }).click();
  const chooser = page.getByRole('dialog', { name: /^Add \d+ users to a group$/ });
  await chooser.getByRole('combobox', { name: 'Group' }).fill(group);
  await page.getByRole('option', { name: group }).click();
  await chooser.getByRole('button', { name: 'Review the change' }).click();
  const dialog = page.getByRole('dialog', { name: `Add to ${group}` });
  const confirm = dialog.getByRole('button', { name: new RegExp(`^Add \\d+ users to ${group}$`) });
  const sending = Number(/\d+/.exec((await confirm.textContent()) ?? '')?.[0]);
  expect(sending).toBeGreaterThan(6);

  // Every answer now takes seconds: the run is still going when Cancel is pressed.
  await setMockScenario(page, 'slow');
  await confirm.click();
  await expect(runStatus(dialog)).toHaveText(/^Sending: 0 of/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(runStatus(dialog)).toHaveText(/^Cancelled: nothing more was sent/);
  await setMockScenario(page, null);

  const text = (await runStatus(dialog).textContent()) ?? '';
  const [, done, failed, notSent] =
    /· (\d+) done · (\d+) failed · (\d+) not sent/.exec(text)?.map(Number) ?? [];
  expect(failed).toBe(0);
  expect(notSent).toBeGreaterThan(0);
  expect((done ?? 0) + (notSent ?? 0)).toBe(sending);
  await expect(dialog.getByRole('button', { name: `Send the rest (${notSent})` })).toBeVisible();
  await expect(runResult(dialog, '').filter({ hasText: 'Not sent' })).toHaveCount(notSent ?? -1);
  // The server holds exactly what was sent before Cancel.
  expect(await members()).toBe(before + (done ?? 0));
});

test('selection from the keyboard alone, and the bar and dialog pass axe', async ({ page }) => {
  // Two axe runs and two keyboard walks: room for a machine busy with other work.
  test.setTimeout(180_000);
  await openApp(page, `${paths.users.list()}?pageSize=10`);
  const users = await apiUsers(page);
  const first = users[0];
  if (!first) throw new Error('the demo has users');
  await expect(usersGrid(page).getByRole('link', { name: first.name })).toBeVisible();

  // From the search box, Tab to the first row's box and tick it with Space.
  await page.getByRole('searchbox', { name: 'Search users' }).focus();
  await tabTo(page, rowCheckbox(page, first.name));
  await page.keyboard.press('Space');
  await expect(selectionCount(page, 'users')).toHaveText('1 selected');

  // Back up to the bar above the table and select every matching user.
  const selectAll = selectionBar(page, 'users').getByRole('button', {
    name: `Select all ${users.length} matching`,
  });
  await tabTo(page, selectAll, true);
  await page.keyboard.press('Enter');
  await expect(selectionCount(page, 'users')).toHaveText(
    `All ${users.length} matching users selected`,
  );
  await expect(
    selectionBar(page, 'users').getByRole('button', { name: 'Clear selection' }),
  ).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // On to an action, from the keyboard: the chooser opens with the focus inside it.
  await tabTo(page, selectionBar(page, 'users').getByRole('button', { name: 'Change role' }));
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('dialog', { name: `Change the role of ${users.length} users` });
  await expect(chooser).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(selectionCount(page, 'users')).toHaveText(
    `All ${users.length} matching users selected`,
  );
});
