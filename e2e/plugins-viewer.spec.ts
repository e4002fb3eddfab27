import { expect, openApp, switchPersona, test } from './helpers/app.ts';
import {
  builtinSwitch,
  minimumRole,
  operatorRow,
  paths,
  pluginHeading,
  pluginRow,
  pluginRows,
  searchPlugins,
} from './helpers/plugins.ts';

// Everyone may list, read and download plugins; only admins change them.

test('finds plugins by operator, shows built-in ones on request, and a reload keeps the view', async ({
  page,
}) => {
  await openApp(page, paths.plugins.list());
  await expect(pluginRows(page)).toHaveCount(5);
  await expect(pluginRow(page, '@voxel51/utils')).toHaveCount(0);

  await builtinSwitch(page).click();
  await expect(page).toHaveURL(/#\/plugins\?builtin=1$/);
  await expect(pluginRow(page, '@voxel51/utils')).toContainText('Built-in');
  await expect(pluginRows(page)).toHaveCount(7);

  // The search matches operator names too.
  await searchPlugins(page, 'compute_metadata');
  await expect(pluginRows(page)).toHaveCount(1);
  await expect(pluginRow(page, '@voxel51/utils')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search plugins' })).toHaveValue(
    'compute_metadata',
  );
  await expect(builtinSwitch(page)).toBeChecked();
  await expect(pluginRows(page)).toHaveCount(1);

  // A built-in plugin can be read, not downloaded or uninstalled.
  await pluginRow(page, '@voxel51/utils').getByRole('link', { name: '@voxel51/utils' }).click();
  await expect(pluginHeading(page, '@voxel51/utils')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Uninstall' })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Plugin enabled' })).toBeVisible();
});

test('a member sees plugins and their operators, and can download, but not change them', async ({
  page,
}) => {
  await openApp(page, paths.plugins.list());
  await switchPersona(page, 'Member: Milo Okafor');
  await expect(pluginRow(page, '@voxel51/brain')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Install plugin' })).toHaveCount(0);

  await pluginRow(page, '@voxel51/brain').getByRole('link', { name: '@voxel51/brain' }).click();
  await expect(pluginHeading(page, '@voxel51/brain')).toBeVisible();
  await expect(operatorRow(page, '@voxel51/brain', 'compute_similarity')).toContainText('Member');
  await expect(operatorRow(page, '@voxel51/brain', 'compute_visualization')).toContainText(
    'Organization default',
  );
  await expect(minimumRole(page, 'compute_similarity')).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Uninstall' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Upgrade' })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  expect((await downloading).suggestedFilename()).toBe('voxel51-brain-1.4.2.zip');
});
