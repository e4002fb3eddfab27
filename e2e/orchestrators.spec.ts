import {
  areasNav,
  expect,
  expectNoSeriousA11yViolations,
  openApp,
  switchPersona,
  test,
} from './helpers/app.ts';
import {
  fact,
  openRegisterDialog,
  orchestratorHeading,
  orchestratorRow,
  orchestratorRows,
  paths,
  pickSecret,
  typeSecret,
} from './helpers/orchestrators.ts';

// The Orchestrators area as the demo's admin, Ada Lovelace.

const TYPED_SECRET = 'dbx-oauth-secret-7f3a91c2';

test('registers a Databricks orchestrator with a typed and a picked secret, then deletes it', async ({
  page,
}) => {
  await openApp(page, paths.orchestrators.list());
  await expect(orchestratorRows(page)).toHaveCount(2);
  await expect(orchestratorRow(page, 'dbx-gpu-prod')).toContainText('Databricks');

  const dialog = await openRegisterDialog(page);
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Instance ID' })).toHaveAccessibleDescription(
    'Enter an instance ID',
  );
  await expect(dialog.getByText('Enter the job ID')).toBeVisible();
  await expect(dialog.getByText('Enter the client secret')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Instance ID' }).fill('dbx-gpu-staging');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Staging GPU jobs');
  await dialog.getByRole('textbox', { name: 'Job ID' }).fill('5550001');
  await dialog.getByRole('textbox', { name: 'Execution task ID' }).fill('fiftyone_execute');
  await pickSecret(dialog, 'Host', 'HOST_DBX_GPU_PROD');
  await typeSecret(dialog, 'Account ID', 'acct-staging-42');
  await typeSecret(dialog, 'Client ID', 'client-staging-7');
  await typeSecret(dialog, 'Client secret', TYPED_SECRET);
  await expect(dialog.getByLabel('Client secret', { exact: true })).toHaveAccessibleDescription(
    'Stored encrypted as the secret CLIENT_SECRET_DBX_GPU_STAGING; it cannot be read back.',
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog).toBeHidden();

  // Its page names the secrets it uses: the picked one as it is, the typed ones as stored.
  await expect(orchestratorHeading(page, 'dbx-gpu-staging')).toBeVisible();
  await expect(fact(page, 'Configuration', 'Job ID')).toContainText('5550001');
  await expect(fact(page, 'Secrets it uses', 'Host')).toContainText('HOST_DBX_GPU_PROD');
  await expect(fact(page, 'Secrets it uses', 'Client secret')).toContainText(
    'CLIENT_SECRET_DBX_GPU_STAGING',
  );
  await expect(
    fact(page, 'Secrets it uses', 'Client secret').getByRole('link', {
      name: 'CLIENT_SECRET_DBX_GPU_STAGING',
    }),
  ).toHaveAttribute('href', `#${paths.secrets.list()}?q=CLIENT_SECRET_DBX_GPU_STAGING`);
  await expect(page.locator('body')).not.toContainText(TYPED_SECRET);
  await expectNoSeriousA11yViolations(page);

  // Delete: the confirmation asks for the instance ID and says the secrets stay.
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete dbx-gpu-staging?' });
  await expect(confirm).toContainText('CLIENT_SECRET_DBX_GPU_STAGING');
  await expect(confirm).toContainText('stay under Secrets');
  await confirm
    .getByRole('textbox', { name: 'Type dbx-gpu-staging to confirm' })
    .fill('dbx-gpu-staging');
  await confirm.getByRole('button', { name: 'Delete orchestrator' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('dbx-gpu-staging was deleted.')).toBeVisible();
  await expect(orchestratorRow(page, 'dbx-gpu-prod')).toBeVisible();
  await expect(orchestratorRow(page, 'dbx-gpu-staging')).toHaveCount(0);
});

test('keeps the input when the instance ID is taken; lists deactivated ones and searches operators', async ({
  page,
}) => {
  await openApp(page, paths.orchestrators.list());
  const dialog = await openRegisterDialog(page);
  await dialog.getByRole('combobox', { name: 'Environment' }).selectOption('Self-registered');
  await dialog.getByRole('textbox', { name: 'Instance ID' }).fill('dbx-gpu-prod');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('A second one');
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Instance ID' })).toHaveAccessibleDescription(
    'An orchestrator named dbx-gpu-prod is already registered',
  );
  await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('A second one');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('switch', { name: 'Include deactivated' }).click();
  await expect(orchestratorRow(page, 'onprem-runner-01')).toContainText('Deactivated');
  await page.getByRole('searchbox', { name: 'Search orchestrators' }).fill('labelbox');
  await expect(page).toHaveURL(/#\/orchestrators\?q=labelbox&deactivated=1$/);
  await expect(orchestratorRows(page)).toHaveCount(1);
  await expect(orchestratorRow(page, 'anyscale-batch')).toBeVisible();
  await page.reload();
  await expect(orchestratorRows(page)).toHaveCount(1);
  await expect(page.getByRole('switch', { name: 'Include deactivated' })).toBeChecked();
  await expectNoSeriousA11yViolations(page);
});

test('a member is told orchestrators are for admins', async ({ page }) => {
  await openApp(page, paths.orchestrators.list());
  await switchPersona(page, 'Member: Milo Okafor');
  await expect(page.getByText(/Only admins can see and register orchestrators/)).toBeVisible();
  await expect(areasNav(page).getByRole('link', { name: 'Orchestrators' })).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
});
