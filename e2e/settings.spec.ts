import {
  areasNav,
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  openApp,
  persona,
  signedInAs,
  switchPersona,
  test,
} from './helpers/app.ts';
import {
  capabilityCells,
  chooseSetting,
  leaveGuard,
  organizationForm,
  paths,
  rolesMatrix,
  settingValue,
} from './helpers/settings.ts';

// Settings › Organization (admins) and Roles (everyone).

test('an admin changes two organization defaults, and they hold after a reload', async ({
  page,
}) => {
  await openApp(page, paths.settings.organization());
  const form = organizationForm(page);
  await expect(settingValue(page, 'Default user role')).toHaveText('Member');
  await expect(form).toContainText(/\d+ of \d+ operators inherit it\./);
  await expectNoSeriousA11yViolations(page);

  const save = form.getByRole('button', { name: 'Save changes' });
  await expect(save).toBeDisabled();
  await chooseSetting(page, 'Default user role', 'Collaborator');
  await chooseSetting(page, 'Default dataset permission', 'Can edit');
  await save.click();
  await expect(
    page.getByText('Saved: default user role, default dataset permission.'),
  ).toBeVisible();
  await expect(save).toBeDisabled();

  // What the SDK's get_organization_settings() now answers.
  const answer = await graphqlAs(
    page,
    persona('admin').apiKey,
    '{ organizationSettings { defaultUserRole defaultDatasetPermission defaultOperatorMinimumRole defaultOperatorMinimumDatasetPermission } }',
  );
  expect(answer.body.data?.organizationSettings).toEqual({
    defaultUserRole: 'COLLABORATOR',
    defaultDatasetPermission: 'EDIT',
    defaultOperatorMinimumRole: 'MEMBER',
    defaultOperatorMinimumDatasetPermission: 'EDIT',
  });

  await page.reload();
  await expect(settingValue(page, 'Default user role')).toHaveText('Collaborator');
  await expect(settingValue(page, 'Default dataset permission')).toHaveText('Can edit');
});

test('unsaved organization settings are not left behind without asking', async ({ page }) => {
  await openApp(page, paths.settings.organization());
  const form = organizationForm(page);
  await expect(settingValue(page, 'Default user role')).toHaveText('Member');
  await chooseSetting(page, 'Default operator minimum role', 'Admin');
  // The bar with Save stays in the window, and says what is not saved yet.
  await expect(form.getByRole('button', { name: 'Save changes' })).toBeInViewport();
  await expect(form.getByRole('status')).toHaveText('Unsaved: default operator minimum role.');

  // Another tab: asked, and "Keep editing" keeps the choice.
  await page.getByRole('tab', { name: 'Roles' }).click();
  await expect(leaveGuard(page)).toContainText(
    'Your changes to the default operator minimum role are not saved.',
  );
  await expectNoSeriousA11yViolations(page);
  await leaveGuard(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(leaveGuard(page)).toBeHidden();
  await expect(settingValue(page, 'Default operator minimum role')).toHaveText('Admin');

  // Another page: asked again; discarding goes there and saves nothing.
  await areasNav(page).getByRole('link', { name: 'Users' }).click();
  await leaveGuard(page).getByRole('button', { name: 'Discard and leave' }).click();
  await expect(page).toHaveURL(/#\/users/);
  const answer = await graphqlAs(
    page,
    persona('admin').apiKey,
    '{ organizationSettings { defaultOperatorMinimumRole } }',
  );
  expect(answer.body.data?.organizationSettings).toEqual({ defaultOperatorMinimumRole: 'MEMBER' });
});

test('everyone sees what each role may do; only admins see the organization tab', async ({
  page,
}) => {
  await openApp(page, paths.settings.roles());
  // The server's own answer (roles), which the mock derives from the rules it enforces.
  await expect(capabilityCells(page, 'Highest dataset permission')).toHaveText([
    'Can manage',
    'Can manage',
    'Can edit',
    'Can view',
  ]);
  await expect(rolesMatrix(page).getByRole('columnheader', { name: 'Admin (you)' })).toBeVisible();

  await switchPersona(page, 'Collaborator: Cleo Marchetti');
  await page.reload();
  await expect(signedInAs(page)).toContainText('Cleo Marchetti');
  await expect(
    rolesMatrix(page).getByRole('columnheader', { name: 'Collaborator (you)' }),
  ).toBeVisible();
  await expect(capabilityCells(page, 'Manage the organization')).toHaveText([
    'Yes',
    'No',
    'No',
    'No',
  ]);
  await expect(page.getByRole('tab', { name: 'Organization' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Cloud credentials' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/#${paths.settings.organization()}`);
  await expect(
    page.getByText('Only admins can manage the organization settings. Your role is collaborator'),
  ).toBeVisible();
  await expect(organizationForm(page)).toHaveCount(0);
});
