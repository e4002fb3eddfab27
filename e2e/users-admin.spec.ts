import {
  apiKeyRow,
  apiKeysSection,
  generateApiKey,
  generateKeyDialog,
  nameAndGenerate,
  openGenerateKeyDialog,
} from './helpers/api-keys.ts';
import {
  areasNav,
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  openApp,
  persona,
  test,
} from './helpers/app.ts';
import {
  askToDelete,
  askToRevoke,
  checkEmails,
  chooseNewRole,
  clearSearch,
  confirmationField,
  filterByRole,
  invitationRow,
  invitationsTable,
  openInviteDialog,
  openUser,
  paths,
  roleFilter,
  searchBox,
  searchUsers,
  sentInvitation,
  userHeading,
  userRow,
  userRows,
  userSummary,
} from './helpers/users.ts';

// The Users area as the demo's admin, Ada Lovelace (the persona the demo signs in with).
const ADMIN = persona('admin');

test.describe('Users, as an admin', () => {
  test('finds people by name, e-mail domain and role, and a reload keeps the view', async ({
    page,
  }) => {
    await openApp(page, paths.users.list());
    await expect(userRow(page, 'Ada Lovelace')).toBeVisible();

    await searchUsers(page, 'milo');
    await expect(userRow(page, 'Milo Okafor')).toBeVisible();
    await expect(userRow(page, 'Ada Lovelace')).toHaveCount(0);
    await expect(userRows(page)).toHaveCount(1);

    // `email:` narrows the search to e-mails: the three LabelCo collaborators.
    await searchUsers(page, 'email:labelco');
    await expect(userRows(page)).toHaveCount(3);
    await expect(userRows(page)).toContainText(['Amara Nwosu', 'Diego Fernández', 'Mei Lin']);
    for (const row of await userRows(page).all()) {
      await expect(row).toContainText('@labelco.com');
      await expect(row).toContainText('Collaborator');
    }

    await clearSearch(page);
    await filterByRole(page, 'Guest');
    await expect(page).toHaveURL(/#\/users\?role=GUEST$/);
    await expect(userRows(page)).toHaveCount(6);
    for (const row of await userRows(page).all()) await expect(row).toContainText('Guest');

    await searchUsers(page, 'northwind');
    await expect(userRows(page)).toHaveCount(2);
    await expect(userRows(page)).toContainText(['Hiroshi Sato', 'Olivia Brooks']);

    // The URL is the state: a reload (or a shared link) shows the same view.
    await page.reload();
    await expect(searchBox(page)).toHaveValue('northwind');
    await expect(roleFilter(page).locator('option:checked')).toHaveText('Guest');
    await expect(userRows(page)).toHaveCount(2);
    await expect(userRows(page)).toContainText(['Hiroshi Sato', 'Olivia Brooks']);
  });

  test('the Users link in the navigation starts over with an empty search', async ({ page }) => {
    await openApp(page, paths.users.list());
    await searchUsers(page, 'milo');
    await expect(userRows(page)).toHaveCount(1);

    await areasNav(page).getByRole('link', { name: 'Users' }).click();
    await expect(searchBox(page)).toHaveValue('');
    await expect(page).toHaveURL(/#\/users$/);
    await expect(userRows(page)).toHaveCount(25);
  });

  test("changes a member's role, and warns before demoting an admin", async ({ page }) => {
    await openApp(page, paths.users.list());
    await openUser(page, 'Emily Carter');
    await expect(userSummary(page, 'emily.carter@acme.ai')).toContainText('Member');

    const dialog = await chooseNewRole(page, 'Collaborator');
    await expect(dialog).toContainText('Their dataset access is capped at Can edit.');
    await dialog.getByRole('button', { name: 'Make Collaborator' }).click();
    await expect(dialog).toBeHidden();
    await expect(userSummary(page, 'emily.carter@acme.ai')).toContainText('Collaborator');
    await expect(userSummary(page, 'emily.carter@acme.ai')).not.toContainText('Member');

    // The list shows the new role too.
    await page.getByRole('link', { name: 'All users' }).click();
    await searchUsers(page, 'Emily Carter');
    await expect(userRow(page, 'Emily Carter')).toContainText('Collaborator');

    await openUser(page, 'Priya Raman');
    await expect(userSummary(page, 'priya.raman@acme.ai')).toContainText('Admin');
    const demote = await chooseNewRole(page, 'Member');
    await expect(demote.getByRole('alert')).toHaveText(
      'Priya Raman will no longer be an admin: they lose user, group, plugin, secret and settings management.',
    );
    await demote.getByRole('button', { name: 'Make Member' }).click();
    await expect(demote).toBeHidden();
    await expect(userSummary(page, 'priya.raman@acme.ai')).toContainText('Member');
    await expect(userSummary(page, 'priya.raman@acme.ai')).not.toContainText('Admin');
  });

  test('invites two people, then revokes one invitation', async ({ page }) => {
    const [kept, revoked] = ['rosa.quinn@acme.ai', 'kai.larsen@partner.io'];
    await openApp(page, paths.users.list());

    const dialog = await openInviteDialog(page);
    const checked = await checkEmails(dialog, [kept, revoked]);
    await expect(dialog).toContainText('Every address is ready to invite.');
    for (const email of [kept, revoked]) {
      await expect(checked.getByRole('listitem').filter({ hasText: email })).toContainText('Ready');
    }

    await dialog.getByRole('button', { name: 'Send 2 invitations' }).click();
    for (const email of [kept, revoked]) {
      const sent = sentInvitation(dialog, email);
      await expect(sent).toContainText(`Invited ${email} as Member`);
      await expect(sent).toContainText('https://acme.fiftyone.ai/invitations/accept?token=');
      await expect(sent.getByRole('button', { name: 'Copy link' })).toBeVisible();
    }
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('tab', { name: 'Pending invitations' }).click();
    await expect(page).toHaveURL(/#\/users\/invitations$/);
    await expect(invitationRow(page, kept)).toBeVisible();
    await expect(invitationRow(page, revoked)).toBeVisible();

    const confirm = await askToRevoke(page, revoked);
    await expect(confirm).toContainText('Their invitation link stops working');
    await confirm.getByRole('button', { name: 'Revoke invitation' }).click();
    await expect(confirm).toBeHidden();
    await expect(invitationRow(page, revoked)).toHaveCount(0);
    await expect(invitationRow(page, kept)).toBeVisible();
    await expect(invitationRow(page, 'tom.reyes@northwind.com')).toBeVisible();
  });

  test('generates an API key that is shown once and works against the API', async ({ page }) => {
    await openApp(page, paths.users.list());
    await areasNav(page).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('tab', { name: 'API keys' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    const key = await generateApiKey(page, 'nightly-export');
    // The mock mints raw keys as `fo-` and 40 hex digits (mocks/engine/ids.ts).
    expect(key).toMatch(/^fo-[0-9a-f]{40}$/);
    const dialog = generateKeyDialog(page);
    await expect(dialog).toContainText('It cannot be shown again');
    await expect(dialog.getByRole('button', { name: 'Copy key' })).toBeVisible();
    await dialog.getByRole('button', { name: 'I have copied it' }).click();
    await expect(dialog).toBeHidden();

    await expect(apiKeyRow(page, 'nightly-export')).toBeVisible();
    // Shown once: once the dialog is gone, the raw key is nowhere in the page, nor kept in storage.
    await expect(apiKeysSection(page)).not.toContainText(key);
    await expect.poll(() => page.content()).not.toContain(key);
    const storage = await page.evaluate(() =>
      [sessionStorage, localStorage]
        .flatMap((store) => Object.keys(store).map((name) => store.getItem(name)))
        .join('\n'),
    );
    expect(storage).not.toContain(key);

    // A script holding the key is the admin to the API.
    const answer = await graphqlAs(page, key, '{ viewer { email } }');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { viewer: { email: ADMIN.email } } });
  });

  test('deletes a user only once their e-mail is typed', async ({ page }) => {
    const [name, email] = ['Wei Zhang', 'wei.zhang@acme.ai'];
    await openApp(page, paths.users.list());
    await openUser(page, name);
    const detailUrl = page.url();

    const dialog = await askToDelete(page, name);
    await expect(dialog).toContainText('This cannot be undone.');
    const confirmButton = dialog.getByRole('button', { name: 'Delete user' });
    await expect(confirmButton).toBeDisabled();
    await confirmationField(dialog, email).fill('wei.zhang@acme');
    await expect(confirmButton).toBeDisabled();
    await confirmationField(dialog, email).fill(email);
    await expect(confirmButton).toBeEnabled();
    await confirmButton.click();

    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/users$/);
    await expect(page.getByText(`${name} was deleted.`)).toBeVisible();
    await searchUsers(page, name);
    await expect(page.getByText('No users match')).toBeVisible();
    await expect(userRow(page, name)).toHaveCount(0);

    await page.goto(detailUrl);
    await expect(page.getByText('No such user')).toBeVisible();
    await expect(userHeading(page, name)).toHaveCount(0);
  });
});

test.describe('Users accessibility, as an admin', () => {
  test('the users list', async ({ page }) => {
    await openApp(page, paths.users.list());
    await expect(userRow(page, 'Ada Lovelace')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a user's page, and its change role dialog", async ({ page }) => {
    await openApp(page, paths.users.list());
    await openUser(page, 'Dana Whitfield');
    await expect(apiKeyRow(page, 'notebook')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await chooseNewRole(page, 'Collaborator');
    await expectNoSeriousA11yViolations(page);
  });

  test('the invite dialog, with checked e-mails', async ({ page }) => {
    await openApp(page, paths.users.list());
    const dialog = await openInviteDialog(page);
    await expectNoSeriousA11yViolations(page);

    await checkEmails(dialog, ['new.person@acme.ai', 'milo.member@acme.ai', 'not-an-email']);
    await expectNoSeriousA11yViolations(page);
  });

  test('the pending invitations tab', async ({ page }) => {
    await openApp(page, paths.users.invitations());
    await expect(invitationsTable(page)).toBeVisible();
    await expect(invitationRow(page, 'tom.reyes@northwind.com')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('Settings › API keys, and the generate-key dialog', async ({ page }) => {
    await openApp(page, paths.settings.apiKeys());
    await expect(apiKeyRow(page, 'demo key')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const dialog = await openGenerateKeyDialog(page);
    await expectNoSeriousA11yViolations(page);

    await nameAndGenerate(dialog, 'a11y-check');
    await expectNoSeriousA11yViolations(page);
  });
});
