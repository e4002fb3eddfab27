import { PERMISSION_LABELS, isPermission } from '../src/lib/permissions.ts';
import { expect, expectNoSeriousA11yViolations, graphqlAs, persona, test } from './helpers/app.ts';
import {
  addDatasets,
  apiPermissions,
  expectColumns,
  personRow,
  readCells,
  reportPath,
  whyDialog,
} from './helpers/access.ts';
import { openAs } from './helpers/datasets.ts';

// The Access report: who can access which datasets, and why, as the API says it.

interface Names {
  datasets: { name: string }[];
  usersPage: { nodes: { id: string; name: string }[] };
}

test.describe('Access report', () => {
  // Two tables of buttons make axe slow on a shared machine.
  test.describe.configure({ timeout: 180_000 });

  test('across 20 datasets, every cell is what the API says for that person', async ({ page }) => {
    const admin = persona('admin');
    await openAs(page, 'admin', '/datasets');
    await addDatasets(page, 2);
    const answer = await graphqlAs(
      page,
      admin.apiKey,
      '{ datasets(first: 20, order: {field: name}) { name } usersPage(pageSize: 20, order: {field: name}) { nodes { id name } } }',
    );
    const names = answer.body.data as unknown as Names;
    const datasets = names.datasets.map((d) => d.name);
    expect(datasets).toHaveLength(20);
    const people = names.usersPage.nodes;

    await page.goto(`/#${reportPath(datasets)}`);
    // Five dataset columns a screen: read the four screens.
    await expectColumns(page, 'Datasets 1–5 of 20');
    const shown = await readCells(page);
    for (const range of ['6–10', '11–15', '16–20']) {
      await page.getByRole('button', { name: 'Next datasets' }).click();
      await expectColumns(page, `Datasets ${range} of 20`);
      for (const [person, row] of await readCells(page)) {
        for (const [dataset, level] of row) shown.get(person)?.set(dataset, level);
      }
    }

    const api = await apiPermissions(page, admin.apiKey, datasets, people);
    expect(shown.size).toBe(people.length);
    for (const { name } of people) {
      const expected = new Map(
        [...(api.get(name) ?? [])].map(([dataset, level]) => [
          dataset,
          isPermission(level) ? PERMISSION_LABELS[level] : level,
        ]),
      );
      expect(shown.get(name), name).toEqual(expected);
    }
  });

  test("explains a cell: a collaborator's group grant cut down by the role cap", async ({
    page,
  }) => {
    await openAs(page, 'admin', reportPath(['lidar-highway-scenes'], 'q=Cleo'));
    await personRow(page, 'Cleo Marchetti')
      .getByRole('button', { name: /^Why does Cleo Marchetti have .+ on lidar-highway-scenes\?$/ })
      .click();
    const dialog = whyDialog(page);
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole('table', { name: "Sources of Cleo Marchetti's access" }),
    ).toBeVisible();
    await expect(dialog).toContainText('The API reports the same.');
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The pointer on the row: its role chip (a Collaborator's, blue) on the hovered row's grey.
    const cleo = personRow(page, 'Cleo Marchetti');
    await cleo.getByRole('cell').first().hover();
    await expect(cleo).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expectNoSeriousA11yViolations(page);
  });

  test('quick views: everyone with MANAGE anywhere, and everything one person can access', async ({
    page,
  }) => {
    await openAs(page, 'admin', reportPath([]));
    await page.getByRole('button', { name: 'Everyone with Can manage anywhere' }).click();
    await expect(page).toHaveURL(/level=MANAGE/);
    await expect(personRow(page, 'Dana Whitfield')).toBeVisible();
    await expect(personRow(page, 'Cleo Marchetti')).toHaveCount(0);
    await personRow(page, 'Dana Whitfield').getByRole('link').click();
    await expect(
      page.getByRole('heading', { name: 'Everything Dana Whitfield can access, and why' }),
    ).toBeVisible();
    const warehouse = page.getByRole('row').filter({ hasText: 'warehouse-robots-v3' });
    await expect(warehouse).toContainText('Own grant: Can manage');
    await expect(
      warehouse.getByRole('button', {
        name: 'Why does Dana Whitfield have Can manage on warehouse-robots-v3?',
      }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a dataset manager reports only on the datasets she manages', async ({ page }) => {
    await openAs(page, 'manager', reportPath([]));
    await expectColumns(page, 'Datasets 1–4 of 4');
    const cells = await readCells(page);
    const datasets = new Set([...cells.values()].flatMap((row) => [...row.keys()]));
    expect([...datasets].sort()).toEqual([
      'autonomy-multicam-v2',
      'lidar-highway-scenes',
      'retail-shelf-detection',
      'warehouse-robots-v3',
    ]);
    await expectNoSeriousA11yViolations(page);
  });
});
