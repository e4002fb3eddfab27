import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect } from './app.ts';

// The Plugins area: the plugins table, a plugin's page, the install dialog (zip or folder,
// progress, upgrade) and the uninstall confirmation. Fixtures are built on the fly in a
// temporary directory: a .git directory could not be committed as a fixture anyway.

export { paths };

export interface PluginFixture {
  name: string;
  version: string;
  operators: string[];
  description?: string;
  secrets?: string[];
}

export function manifestOf(plugin: PluginFixture): string {
  return [
    `name: "${plugin.name}"`,
    `version: "${plugin.version}"`,
    `description: ${plugin.description ?? 'An e2e test plugin'}`,
    'fiftyone:',
    '  version: ">=0.23"',
    'operators:',
    ...plugin.operators.map((op) => `  - ${op}`),
    ...(plugin.secrets?.length ? ['secrets:', ...plugin.secrets.map((s) => `  - ${s}`)] : []),
    '',
  ].join('\n');
}

// Removed when the worker process ends, so runs leave nothing behind in the system's tmp.
const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fo-plugins-e2e-'));
  made.push(dir);
  return dir;
}

/** A plugin zip holding one directory, written to a temporary file; answers its path. */
export function writePluginZip(plugin: PluginFixture, fileName = 'plugin.zip'): string {
  const dir = plugin.name.slice(plugin.name.lastIndexOf('/') + 1);
  const zip = zipSync({
    [`${dir}/fiftyone.yml`]: strToU8(manifestOf(plugin)),
    [`${dir}/__init__.py`]: strToU8('def register(p):\n    pass\n'),
  });
  const path = join(tempDir(), fileName);
  writeFileSync(path, zip);
  return path;
}

/** Any file, written to a temporary directory; answers its path. */
export function writeFile(fileName: string, content: string): string {
  const path = join(tempDir(), fileName);
  writeFileSync(path, content);
  return path;
}

/** A plugin folder with what the SDK's optimize prunes (.git, __pycache__, .DS_Store). */
export function writePluginFolder(plugin: PluginFixture, folderName: string): string {
  const root = join(tempDir(), folderName);
  const files: Record<string, string> = {
    'fiftyone.yml': manifestOf(plugin),
    '__init__.py': 'def register(p):\n    pass\n',
    'README.md': `# ${plugin.name}\n`,
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/config': '[core]\n',
    '__pycache__/__init__.cpython-312.pyc': 'compiled',
    '.DS_Store': 'finder',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

// --- The list ----------------------------------------------------------------------------------

export function pluginsGrid(page: Page): Locator {
  return page.getByRole('table', { name: 'Plugins' });
}

export function pluginRows(page: Page): Locator {
  return pluginsGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

export function pluginRow(page: Page, name: string): Locator {
  return pluginRows(page).filter({ has: page.getByRole('link', { name, exact: true }) });
}

export async function searchPlugins(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search plugins' }).fill(text);
  const q = new URLSearchParams({ q: text.trim() }).toString();
  await expect(page).toHaveURL((url) => url.hash.includes(q));
}

export function builtinSwitch(page: Page): Locator {
  return page.getByRole('switch', { name: 'Include built-in plugins' });
}

// --- Install -----------------------------------------------------------------------------------

export function installDialog(page: Page): Locator {
  // Once it has read the archive, the title says what installing it over the installed one is.
  return page.getByRole('dialog', {
    name: /^(Install a plugin|Upgrade |Downgrade |Reinstall |Replace )/,
  });
}

export async function openInstallDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Install plugin' }).first().click();
  const dialog = installDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses a zip in the open dialog and waits until the console has read it. */
export async function chooseZip(dialog: Locator, path: string): Promise<void> {
  await dialog.getByLabel('Plugin zip file').setInputFiles(path);
  await expect(dialog.getByRole('button', { name: 'Choose another' })).toBeVisible();
}

export async function chooseFolder(dialog: Locator, path: string): Promise<void> {
  await dialog.getByLabel('Plugin folder').setInputFiles(path);
  await expect(dialog.getByRole('button', { name: 'Choose another' })).toBeVisible();
}

/** The table of what the chosen archive holds. */
export function archiveSummary(dialog: Locator): Locator {
  return dialog.getByRole('table', { name: 'Plugin to install' });
}

export function summaryRow(dialog: Locator, label: string | RegExp): Locator {
  return archiveSummary(dialog)
    .getByRole('row')
    .filter({ has: dialog.page().getByRole('rowheader', { name: label, exact: true }) });
}

// --- A plugin's page ---------------------------------------------------------------------------

export function pluginHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name });
}

export function operatorsTable(page: Page, plugin: string): Locator {
  return page.getByRole('table', { name: `Operators of ${plugin}` });
}

export function operatorRow(page: Page, plugin: string, operator: string): Locator {
  return operatorsTable(page, plugin).getByRole('row').filter({ hasText: operator });
}

export function minimumRole(page: Page, operator: string): Locator {
  return page.getByRole('combobox', { name: `Minimum role for ${operator}` });
}

export function minimumDatasetPermission(page: Page, operator: string): Locator {
  return page.getByRole('combobox', { name: `Minimum dataset permission for ${operator}` });
}

export function pluginEnabledSwitch(page: Page): Locator {
  return page.getByRole('switch', { name: 'Plugin enabled' });
}

export function uninstallDialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name: `Uninstall ${name}?` });
}
