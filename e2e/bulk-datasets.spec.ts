import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, graphqlAs, persona, test } from './helpers/app.ts';
import { datasetsGrid, openAs, paths, peopleTable } from './helpers/datasets.ts';

// Bulk actions on dataset access (issue 12): a grant on many datasets from the Datasets list,
// many grants removed on an access page, and the selection with the keyboard only. Each result
// is read back through the API, as a script would.

const ADMIN = persona('admin');

// Each test walks a whole bulk run with several axe passes: on a busy machine that is more than
// the default minute, so the time limit is tripled (the waits themselves stay on what the app shows).
test.slow();

/** Each dataset's grant for `group`, as the API answers it (null: none), keyed d0, d1, … */
async function groupGrants(page: Page, datasets: readonly string[], group: string) {
  const fields = datasets
    .map(
      (name, index) =>
        `d${String(index)}: dataset(identifier: "${name}") { userGroup(identifier: "${group}") { permission } }`,
    )
    .join('\n');
  return (await graphqlAs(page, ADMIN.apiKey, `{ ${fields} }`)).body.data;
}

/** What groupGrants answers when the datasets hold `levels` (null: no grant). */
function grantsAre(levels: readonly (string | null)[]) {
  return Object.fromEntries(
    levels.map((level, index) => [
      `d${String(index)}`,
      { userGroup: level === null ? null : { permission: level } },
    ]),
  );
}

/** Presses `key` until `target` has the focus (a keyboard user's way to reach it). */
async function pressUntilFocused(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${key} never reached the target`);
}

test('grants a group a permission on several datasets from the list', async ({ page }) => {
  const chosen = ['coco-2017-validation', 'drone-inspection-3d', 'factory-defects'];
  await openAs(page, 'admin', paths.datasets.list());
  const grid = datasetsGrid(page);
  for (const name of chosen) await grid.getByRole('checkbox', { name: `Select ${name}` }).check();
  const bar = page.getByRole('region', { name: 'Selected datasets' });
  await expect(bar.getByRole('status')).toHaveText('3 selected');
  await bar.getByRole('button', { name: 'Grant access' }).click();

  const form = page.getByRole('dialog', { name: 'Grant access on 3 datasets' });
  await form.getByRole('combobox', { name: 'Group' }).fill('Platf');
  await page.getByRole('option', { name: 'Platform' }).click();
  await form.getByRole('combobox', { name: 'Permission' }).click();
  await page.getByRole('option', { name: /^Can edit/ }).click();
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Preview' }).click();

  const dialog = page.getByRole('dialog', { name: 'Grant group Platform Can edit' });
  await expect(dialog.getByRole('list', { name: 'What will happen' })).toContainText(
    'Group Platform gets Can edit (each member at most what their role allows): 3',
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Grant on 3 datasets' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Finished · 3 done · 0 failed');
  await expect(page.getByText('Grant group Platform Can edit: 3 done, 0 failed.')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Results' }).getByText('Done')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(bar.getByRole('status')).toHaveText('');

  // The three chosen have it; a dataset not chosen does not.
  expect(await groupGrants(page, [...chosen, 'warehouse-robots-v3'], 'Platform')).toEqual(
    grantsAre(['EDIT', 'EDIT', 'EDIT', null]),
  );
});

test('removes many own grants on an access page after one confirmation', async ({ page }) => {
  const dataset = 'warehouse-robots-v3';
  const removed = ['Amara Nwosu', 'Cleo Marchetti', 'Hiroshi Sato', 'Olivia Brooks'];
  await openAs(page, 'manager', paths.datasets.access(dataset));
  const people = peopleTable(page);
  await page
    .getByRole('region', { name: 'People' })
    .getByRole('combobox', { name: /Rows per page/ })
    .selectOption('50');
  for (const name of removed) {
    await people.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  // The manager's own grant is ticked too: the preview leaves it out and says why.
  await people.getByRole('checkbox', { name: 'Select Dana Whitfield' }).check();
  const bar = page.getByRole('region', { name: 'Selected people' });
  await expect(bar.getByRole('status')).toHaveText('5 selected');
  await bar.getByRole('button', { name: 'Remove own grants' }).click();

  const dialog = page.getByRole('dialog', { name: `Remove own grants on ${dataset}` });
  await expect(dialog.getByRole('list', { name: 'Skipped' })).toContainText(
    'Dana WhitfieldYourself: change your own grant on its own',
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Remove 4 grants' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Finished · 4 done · 0 failed');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(bar.getByRole('status')).toHaveText('');
  // Amara Nwosu keeps a row through her group, with no grant of her own.
  await expect(people.getByRole('combobox', { name: 'Own grant of Amara Nwosu' })).toHaveText(
    'None',
  );

  const answer = await graphqlAs(
    page,
    ADMIN.apiKey,
    `{ dataset(identifier: "${dataset}") { users(first: 100) { name userPermission } } }`,
  );
  const users = expect.arrayContaining([
    { name: 'Dana Whitfield', userPermission: 'MANAGE' },
    { name: 'Milo Okafor', userPermission: 'EDIT' },
  ]);
  expect(answer.body.data).toEqual({ dataset: { users } });
  for (const name of removed) {
    expect(answer.body.data).not.toEqual({
      dataset: { users: expect.arrayContaining([expect.objectContaining({ name })]) },
    });
  }
});

test('selects and grants with the keyboard only', async ({ page }) => {
  await openAs(page, 'admin', `${paths.datasets.list()}?q=robot`);
  const grid = datasetsGrid(page);
  await expect(grid.getByRole('checkbox', { name: /^Select (?!all)/ })).toHaveCount(2);

  const selectAll = grid.getByRole('checkbox', { name: 'Select all datasets on this page' });
  await pressUntilFocused(page, selectAll);
  await page.keyboard.press('Space');
  const bar = page.getByRole('region', { name: 'Selected datasets' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');
  // One row unticked and ticked again, by its own checkbox.
  const one = grid.getByRole('checkbox', { name: 'Select warehouse-robots-v3' });
  await pressUntilFocused(page, one);
  await page.keyboard.press('Space');
  await expect(bar.getByRole('status')).toHaveText('1 selected');
  await page.keyboard.press('Space');
  await expect(bar.getByRole('status')).toHaveText('2 selected');

  const grant = bar.getByRole('button', { name: 'Grant access' });
  await pressUntilFocused(page, grant, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Grant access on 2 datasets' });
  await expect(form.getByRole('combobox', { name: 'Group' })).toBeFocused();
  await page.keyboard.type('Interns');
  const level = form.getByRole('combobox', { name: 'Permission' });
  await pressUntilFocused(page, level);
  await page.keyboard.press('Space');
  const tag = page.getByRole('option', { name: /^Can tag/ });
  await pressUntilFocused(page, tag, 'ArrowDown');
  await page.keyboard.press('Enter');
  await expect(level).toHaveText('Can tag');
  await pressUntilFocused(page, form.getByRole('button', { name: 'Preview' }));
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Grant group Interns Can tag' });
  const confirm = dialog.getByRole('button', { name: 'Grant on 2 datasets' });
  await pressUntilFocused(page, confirm);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Finished · 2 done · 0 failed');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  expect(
    await groupGrants(page, ['robot-grasping-pointclouds', 'warehouse-robots-v3'], 'Interns'),
  ).toEqual(grantsAre(['TAG', 'TAG']));
});
