import {
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  HELD_ANSWER_TIMEOUT,
  openApp,
  persona,
  setMockScenario,
  test,
} from './helpers/app.ts';
import {
  accessLink,
  addGroup,
  addPersonDialog,
  chooseOption,
  datasetRow,
  datasetsGrid,
  explainerDialog,
  explainerLine,
  groupRow,
  openAs,
  ownGrant,
  paths,
  peopleTable,
  personRow,
} from './helpers/datasets.ts';

// The Datasets area as Dana Whitfield, a member who manages four datasets (the demo's dataset
// manager persona): what she can change, and what she cannot.
const MANAGED = 'lidar-highway-scenes';

test.describe('Datasets, as a dataset manager', () => {
  test.beforeEach(async ({ page }) => {
    await openAs(page, 'manager', paths.datasets.list());
  });

  test('grants a group EDIT and a guest VIEW on a dataset she manages', async ({ page }) => {
    await expect(datasetRow(page, MANAGED)).toContainText('Can manage');
    await accessLink(page, MANAGED).click();
    await expect(page.getByRole('heading', { level: 1, name: MANAGED })).toBeVisible();
    await expect(peopleTable(page)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // External Labelers is not on this dataset yet; Dana types its name (she cannot list groups).
    await addGroup(page, MANAGED, 'External Labelers', 'Can edit');
    await expect(groupRow(page, 'External Labelers').getByRole('combobox')).toHaveText('Can edit');
    // Its members now show up with what the group gives them.
    await expect(personRow(page, 'Cleo Marchetti')).toContainText('Can edit');

    // A guest she already shares datasets with: the picker offers only Can view, and says why.
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = addPersonDialog(page, MANAGED);
    await dialog.getByRole('combobox', { name: 'Person' }).fill('olivia');
    await page.getByRole('option', { name: /Olivia Brooks/ }).click();
    await expect(dialog).toContainText('In the organization as a Guest.');
    await dialog.getByRole('combobox', { name: 'Permission' }).click();
    const edit = page.getByRole('option', { name: /^Can edit/ });
    await expect(edit).toContainText('Guests can have at most Can view');
    await expect(edit).toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('option', { name: /^Can view/ }).click();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Grant access' }).click();
    await expect(dialog).toBeHidden();
    await expect(personRow(page, 'Olivia Brooks')).toContainText('Can view');
  });

  test('reads why a collaborator in a group with EDIT has EDIT, capped by her role', async ({
    page,
  }) => {
    // Dana gives External Labelers EDIT through the API (the test above does it in the console).
    const granted = await graphqlAs(
      page,
      persona('manager').apiKey,
      `mutation { setDatasetUserGroupPermission(datasetIdentifier: "${MANAGED}", userGroupIdentifier: "External Labelers", permission: EDIT) { id } }`,
    );
    expect(granted.body.errors).toBeUndefined();
    await page.goto(`/#${paths.datasets.access(MANAGED)}`);
    await personRow(page, 'Cleo Marchetti')
      .getByRole('button', { name: 'Why does Cleo Marchetti have Can edit?' })
      .click();
    const why = explainerDialog(page, 'Cleo Marchetti');
    await expect(why).toHaveAccessibleName(`Why does Cleo Marchetti have Can edit on ${MANAGED}?`);
    await expect(explainerLine(why, 'Default access for members')).toContainText(
      'applies to members only, not to collaborators',
    );
    await expect(explainerLine(why, 'Own grant')).toContainText('No grant of their own.');
    await expect(explainerLine(why, 'Group External Labelers')).toContainText('Can edit');
    await expect(explainerLine(why, 'Role cap')).toContainText(
      'Collaborators can have at most Can edit',
    );
    await expect(why).toContainText('Cleo Marchetti (Collaborator) has Can edit.');
    await expect(why).toContainText('The API reports the same.');
    await expectNoSeriousA11yViolations(page);
    await why.getByRole('button', { name: 'Close' }).click();
    await expect(why).toBeHidden();
  });

  test("a refused change of someone's grant goes back and says why; then it saves", async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/status of 500/);
    await page.goto(`/#${paths.datasets.access(MANAGED)}`);
    const wei = ownGrant(page, 'Wei Zhang');
    await expect(wei).toHaveText('Can manage');

    // The server refuses: the picker goes back to what Wei has, and the toast says what failed.
    await setMockScenario(page, 'server-error');
    await chooseOption(page, wei, 'Can view');
    const failure = page
      .getByRole('alert')
      .filter({ hasText: "Changing Wei Zhang's access failed: Internal server error (simulated)" });
    await expect(failure).toBeVisible();
    await expect(wei).toHaveText('Can manage');
    await expect(personRow(page, 'Wei Zhang')).not.toContainText('Can view');
    await failure.getByRole('button', { name: 'Close' }).click();

    // A slow but healthy server: the picker shows the new level while the API is still
    // answering; the change is made, and is still there after a reload.
    await setMockScenario(page, 'slow');
    await chooseOption(page, wei, 'Can view');
    await expect(wei).toHaveText('Can view');
    await expect(wei).toHaveAttribute('aria-disabled', 'true');
    await setMockScenario(page, null);
    await expect(
      page.getByText(`Wei Zhang now has Can view of their own on ${MANAGED}.`),
    ).toBeVisible({ timeout: HELD_ANSWER_TIMEOUT });
    await expect(wei).toHaveText('Can view');
    await page.reload();
    await expect(ownGrant(page, 'Wei Zhang')).toHaveText('Can view');
  });

  test('a dataset she only views offers no access page', async ({ page }) => {
    await expect(datasetRow(page, 'drone-inspection-3d')).toContainText('Can view');
    await expect(datasetRow(page, 'drone-inspection-3d').getByRole('link')).toHaveCount(0);
    // Even by its address, the page only explains.
    await page.goto(`/#${paths.datasets.access('drone-inspection-3d')}`);
    await expect(
      page.getByText(
        'You have Can view on drone-inspection-3d. Only admins and people who can manage a dataset see who has access to it',
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add person' })).toHaveCount(0);
    await expect(peopleTable(page)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.goBack();
    await expect(datasetRow(page, 'drone-inspection-3d')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('Datasets, by keyboard and when the API fails', () => {
  test('grants access with the keyboard alone: focus shows, the dialog traps it and gives it back', async ({
    page,
  }) => {
    await openApp(page, paths.datasets.access('factory-defects'));
    await expect(peopleTable(page)).toBeVisible();
    const add = page.getByRole('button', { name: 'Add person' });
    // Tab from the top of the page to "Add person".
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await add.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(add).toBeFocused();
    await expect(add).toHaveClass(/Mui-focusVisible/);

    // Escape closes the dialog and gives focus back.
    await page.keyboard.press('Enter');
    const dialog = addPersonDialog(page, 'factory-defects');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(add).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    const person = dialog.getByRole('combobox', { name: 'Person' });
    await expect(person).toBeFocused();
    await page.keyboard.type('elena');
    // The server's answer for "elena": one person.
    await expect(page.getByRole('option')).toHaveCount(1);
    await expect(page.getByRole('option')).toContainText('Elena Popescu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(person).toHaveValue('elena.popescu@fabrikam.io');
    await expect(dialog).toContainText('In the organization as a Guest.');

    // Focus stays inside the dialog however far one tabs.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    const permission = dialog.getByRole('combobox', { name: 'Permission' });
    while (!(await permission.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('option', { name: /^Can view/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(permission).toHaveText('Can view');
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Grant access
    await expect(dialog.getByRole('button', { name: 'Grant access' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(add).toBeFocused();
    await expect(personRow(page, 'Elena Popescu')).toContainText('Can view');
  });

  test('says what failed when the API is down, and Retry recovers', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/500|Internal Server Error/);
    // Not the start page: for a manager it is the datasets list, whose first answer would be cached.
    await openApp(page, paths.settings.apiKeys());
    await setMockScenario(page, 'server-error');
    await page.goto(`/#${paths.datasets.list()}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Loading datasets failed' });
    await expect(alert).toContainText('Internal server error (simulated)', { timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
    await setMockScenario(page, null);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(datasetsGrid(page)).toBeVisible();
    await expect(datasetRow(page, 'coco-2017-validation')).toBeVisible();
  });
});
