import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import {
  expect,
  expectNoSeriousA11yViolations,
  HELD_ANSWER_TIMEOUT,
  openApp,
  setMockScenario,
  test,
} from './helpers/app.ts';
import {
  archiveSummary,
  chooseFolder,
  chooseZip,
  installDialog,
  minimumRole,
  openInstallDialog,
  operatorRow,
  paths,
  pluginEnabledSwitch,
  pluginHeading,
  pluginRow,
  pluginsGrid,
  summaryRow,
  uninstallDialog,
  writeFile,
  writePluginFolder,
  writePluginZip,
} from './helpers/plugins.ts';

// The Plugins area as the demo's admin, Ada Lovelace.

const HELLO = {
  name: '@e2e/hello',
  version: '1.0.0',
  operators: ['say_hello', 'say_goodbye'],
  secrets: ['HELLO_TOKEN'],
};

test.describe('Plugins, as an admin', () => {
  test("installs a zip, upgrades it, sets an operator's minimum role and disables it", async ({
    page,
  }) => {
    // A long scenario with three accessibility checks: the project's 120 s bound.
    await openApp(page, paths.plugins.list());
    await expect(pluginRow(page, '@voxel51/brain')).toBeVisible();

    // Install: the dialog shows what the zip holds before anything is uploaded.
    let dialog = await openInstallDialog(page);
    await chooseZip(dialog, writePluginZip(HELLO, 'hello-1.0.0.zip'));
    await expect(summaryRow(dialog, 'Name')).toContainText('@e2e/hello');
    await expect(summaryRow(dialog, 'Version')).toContainText('1.0.0');
    await expect(summaryRow(dialog, 'Operators (2)')).toContainText('say_hello');
    await expect(summaryRow(dialog, 'Operators (2)')).toContainText('say_goodbye');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Installed @e2e/hello 1.0.0.')).toBeVisible();
    await expect(pluginHeading(page, '@e2e/hello')).toBeVisible();
    await expect(page.getByText('Version 1.0.0')).toBeVisible();

    // Upgrade from the list: the console asks before it replaces version 1.0.0.
    await page.getByRole('link', { name: 'All plugins' }).click();
    dialog = await openInstallDialog(page);
    await chooseZip(
      dialog,
      writePluginZip({ ...HELLO, version: '1.1.0', operators: ['say_hello', 'wave'] }),
    );
    await expect(dialog.getByText(/is already installed/)).toHaveText(
      '@e2e/hello is already installed. Upgrading replaces version 1.0.0 with version 1.1.0; its enabled setting and the settings of the operators it keeps stay as they are.',
    );
    await dialog.getByRole('button', { name: 'Upgrade to 1.1.0' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Upgraded @e2e/hello from version 1.0.0 to 1.1.0.')).toBeVisible();
    await expect(page.getByText('Version 1.1.0')).toBeVisible();
    await expect(operatorRow(page, '@e2e/hello', 'wave')).toBeVisible();
    await expect(operatorRow(page, '@e2e/hello', 'say_goodbye')).toHaveCount(0);

    // An operator without its own minimum shows the organization default it inherits.
    await expect(minimumRole(page, 'say_hello')).toHaveValue('');
    await expect(minimumRole(page, 'say_hello').locator('option:checked')).toHaveText(
      'Member (organization default)',
    );
    await minimumRole(page, 'say_hello').selectOption('ADMIN');
    await expect(minimumRole(page, 'say_hello')).toBeEnabled();
    await page.reload();
    await expect(minimumRole(page, 'say_hello')).toHaveValue('ADMIN');
    await expect(minimumRole(page, 'wave')).toHaveValue('');

    // Disable the whole plugin.
    await pluginEnabledSwitch(page).click();
    await expect(
      page.getByText('This plugin is disabled: none of its operators can run'),
    ).toBeVisible();
    await expect(pluginEnabledSwitch(page)).not.toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'All plugins' }).click();
    await expect(pluginRow(page, '@e2e/hello')).toContainText('Disabled');
  });

  test('an older version is a downgrade: said so, chosen as one, and announced as one', async ({
    page,
  }) => {
    // An upload, an install and an accessibility check.
    await openApp(page, paths.plugins.detail('@acme/data-quality'));
    await expect(page.getByText('Version 1.2.0')).toBeVisible();
    await page.getByRole('button', { name: 'Upgrade' }).click();
    const dialog = installDialog(page);
    await chooseZip(
      dialog,
      writePluginZip({
        name: '@acme/data-quality',
        version: '1.1.0',
        operators: ['find_duplicates', 'find_blurry_images'],
      }),
    );
    await expect(page.getByRole('dialog', { name: 'Downgrade @acme/data-quality' })).toBeVisible();
    await expect(dialog.getByText(/This is a downgrade/)).toHaveText(
      'This is a downgrade: version 1.1.0 is older than the installed version 1.2.0. Operators that only the newer version has go away; its enabled setting and the settings of the operators it keeps stay as they are.',
    );
    await expect(dialog.getByRole('button', { name: /^Upgrade/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Downgrade to 1.1.0' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText('Downgraded @acme/data-quality from version 1.2.0 to 1.1.0.'),
    ).toBeVisible();
    await expect(page.getByText('Version 1.1.0')).toBeVisible();
    await expect(operatorRow(page, '@acme/data-quality', 'generate_quality_report')).toHaveCount(0);
  });

  test('downloads a plugin as its zip, then uninstalls it', async ({ page }) => {
    await openApp(page, paths.plugins.detail('@acme/data-quality'));
    await expect(pluginHeading(page, '@acme/data-quality')).toBeVisible();

    // Download: the plugin's zip, named after the plugin and its version.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('acme-data-quality-1.2.0.zip');
    const files = unzipSync(readFileSync(await download.path()));
    expect(Object.keys(files).sort()).toEqual([
      'data-quality/README.md',
      'data-quality/__init__.py',
      'data-quality/fiftyone.yml',
    ]);
    expect(strFromU8(files['data-quality/fiftyone.yml'] ?? new Uint8Array())).toContain(
      'name: "@acme/data-quality"',
    );

    // Uninstall: the confirmation names the plugin and its operators.
    await page.getByRole('button', { name: 'Uninstall' }).click();
    const confirm = uninstallDialog(page, '@acme/data-quality');
    await expect(confirm).toContainText(
      '4 operators: find_duplicates, find_blurry_images, flag_label_noise, generate_quality_report',
    );
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('button', { name: 'Uninstall' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('@acme/data-quality was uninstalled.')).toBeVisible();
    await expect(pluginsGrid(page)).toBeVisible();
    await expect(pluginRow(page, '@voxel51/brain')).toBeVisible();
    await expect(pluginRow(page, '@acme/data-quality')).toHaveCount(0);
  });

  test('refuses a broken archive, then zips a folder without .git and __pycache__, showing progress', async ({
    page,
  }) => {
    await openApp(page, paths.plugins.list());
    const dialog = await openInstallDialog(page);

    await chooseZip(dialog, writeFile('notes.zip', 'this is not a zip'));
    await expect(dialog.getByRole('alert')).toHaveText(
      'This file is not a zip archive, or it is damaged.',
    );
    await expect(dialog.getByRole('button', { name: 'Install', exact: true })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Choose another' }).click();

    const folder = writePluginFolder(
      { name: '@e2e/folder-plugin', version: '0.1.0', operators: ['tidy_up'] },
      'folder-plugin',
    );
    await chooseFolder(dialog, folder);
    await expect(summaryRow(dialog, 'Name')).toContainText('@e2e/folder-plugin');
    await expect(summaryRow(dialog, 'Archive')).toContainText('folder-plugin.zip · 3 files');
    await expect(summaryRow(dialog, 'Left out')).toHaveText(
      'Left outfolder-plugin/.DS_Store, folder-plugin/.git/, folder-plugin/__pycache__/ (4 files)',
    );
    await expect(archiveSummary(dialog)).not.toContainText('HEAD');

    // A slow server keeps the progress on screen long enough to watch it.
    await setMockScenario(page, 'slow');
    await dialog.getByRole('button', { name: 'Install', exact: true }).click();
    const progress = dialog.getByRole('progressbar', { name: /^Uploading folder-plugin\.zip/ });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', /^\d+$/);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    // Still slow: the install request that follows the upload keeps its step on screen.
    await expect(dialog.getByText('Uploaded. Installing…')).toBeVisible({
      timeout: HELD_ANSWER_TIMEOUT,
    });
    await setMockScenario(page, null);
    await expect(dialog).toBeHidden({ timeout: HELD_ANSWER_TIMEOUT });
    await expect(pluginHeading(page, '@e2e/folder-plugin')).toBeVisible();
    await expect(operatorRow(page, '@e2e/folder-plugin', 'tidy_up')).toBeVisible();
  });

  test('a refused switch goes back and says why; once the API answers again, the change stays', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/status of 500/);
    await openApp(page, paths.plugins.detail('@voxel51/brain'));
    const toggle = pluginEnabledSwitch(page);
    await expect(toggle).toBeChecked();

    // The server refuses: the switch flips, then visibly goes back, and the toast says what failed.
    await setMockScenario(page, 'server-error');
    await toggle.click();
    const failure = page
      .getByRole('alert')
      .filter({ hasText: 'Changing the plugin failed: Internal server error (simulated)' });
    await expect(failure).toBeVisible();
    await expect(toggle).toBeChecked();
    await expect(page.getByText('This plugin is disabled')).toBeHidden();
    await failure.getByRole('button', { name: 'Close' }).click();

    // A slow but healthy server: the switch is off at once, while the API is still answering;
    // then it stays off, here, after a reload and in the list.
    await setMockScenario(page, 'slow');
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(toggle).toBeDisabled();
    await expect(page.getByText('This plugin is disabled')).toBeVisible();
    await setMockScenario(page, null);
    await expect(toggle).toBeEnabled({ timeout: HELD_ANSWER_TIMEOUT });
    await expect(toggle).not.toBeChecked();
    await page.reload();
    await expect(pluginEnabledSwitch(page)).not.toBeChecked();
    await page.getByRole('link', { name: 'All plugins' }).click();
    await expect(pluginRow(page, '@voxel51/brain')).toContainText('Disabled');
  });

  test('says what failed when the plugins cannot be loaded, and retries', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/status of 500/);
    // A page of its own, not the start page (which moves on to Users once it knows who you are).
    await openApp(page, paths.settings.apiKeys());
    await setMockScenario(page, 'server-error');
    await page.goto(`/#${paths.plugins.list()}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Loading plugins failed' });
    await expect(alert).toContainText('Internal server error (simulated)', { timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
    await setMockScenario(page, null);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(pluginRow(page, '@voxel51/brain')).toBeVisible();
    await expect(alert).toBeHidden();
    await expectNoSeriousA11yViolations(page);
  });
});
