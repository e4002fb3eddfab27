import { expect, expectNoSeriousA11yViolations, openApp, test } from './helpers/app.ts';
import {
  askToDeleteGroup,
  createGroupDialog,
  groupDatasetsTable,
  groupHeading,
  groupLink,
  groupsGrid,
  membersTable,
  openEditDialog,
  paths,
  pickUser,
} from './helpers/groups.ts';

// The Groups area as the demo's admin, Ada Lovelace.

test('an admin creates a group with members, renames it, and deletes it', async ({ page }) => {
  await openApp(page, paths.groups.list());
  await expect(groupLink(page, 'External Labelers')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Create group' }).click();
  const create = createGroupDialog(page);
  await create.getByRole('textbox', { name: 'Name' }).fill('Night Shift');
  await create.getByRole('textbox', { name: 'Description' }).fill('Lyon warehouse, nights');
  const members = create.getByRole('combobox', { name: 'Members' });
  await pickUser(page, members, 'Lukas Becker');
  await pickUser(page, members, 'Sofia Petrova');
  await expectNoSeriousA11yViolations(page);
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(create).toBeHidden();

  // The new group's page, with its members.
  await expect(groupHeading(page, 'Night Shift')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Lyon warehouse, nights');
  await expect(membersTable(page, 'Night Shift').getByRole('link')).toHaveText([
    'Lukas Becker',
    'Sofia Petrova',
  ]);
  await expectNoSeriousA11yViolations(page);

  const edit = await openEditDialog(page, 'Night Shift');
  await edit.getByRole('textbox', { name: 'Name' }).fill('Night Operations');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(groupHeading(page, 'Night Operations')).toBeVisible();
  const confirm = await askToDeleteGroup(page, 'Night Operations');
  await expect(confirm).toContainText('The group has no dataset access, so no one loses any.');
  const deleteButton = confirm.getByRole('button', { name: 'Delete group' });
  await expect(deleteButton).toBeDisabled();
  await confirm
    .getByRole('textbox', { name: 'Type Night Operations to confirm' })
    .fill('Night Operations');
  await deleteButton.click();
  await expect(confirm).toBeHidden();
  await expect(groupsGrid(page)).toBeVisible();
  await expect(groupLink(page, 'External Labelers')).toBeVisible();
  await expect(groupLink(page, 'Night Operations')).toHaveCount(0);
});

test('deleting a group first lists the dataset grants that go with it', async ({ page }) => {
  await openApp(page, paths.groups.list());
  await groupLink(page, 'Interns').click();
  await expect(groupHeading(page, 'Interns')).toBeVisible();
  await expect(groupDatasetsTable(page, 'Interns').getByRole('row')).toHaveText([
    'DatasetGroup grant',
    'coco-2017-validationCan tag',
    'label-qa-sandboxCan edit',
  ]);
  const confirm = await askToDeleteGroup(page, 'Interns');
  await expect(confirm.getByRole('list', { name: 'Dataset grants that disappear' })).toHaveText(
    'coco-2017-validationCan tag' + 'label-qa-sandboxCan edit',
  );
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('textbox', { name: 'Type Interns to confirm' }).fill('Interns');
  await confirm.getByRole('button', { name: 'Delete group' }).click();
  await expect(confirm).toBeHidden();
  await expect(groupLink(page, 'Platform')).toBeVisible();
  await expect(groupLink(page, 'Interns')).toHaveCount(0);
  // The grants went with it: the dataset no longer lists the group.
  await page.goto(`/#${paths.datasets.access('label-qa-sandbox')}`);
  await expect(page.getByRole('table', { name: 'Groups with access' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Groups with access' })).not.toContainText(
    'Interns',
  );
});
