import {
  areasNav,
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  openApp,
  persona,
  setMockScenario,
  test,
} from './helpers/app.ts';
import {
  missingSecrets,
  openAddSecret,
  paths,
  recordGraphqlOperations,
  secretAction,
  secretRow,
  secretRows,
} from './helpers/secrets.ts';

// The Secrets area as an admin: add, rotate and delete a secret; see what uses each one.

/** Every area in the navigation (src/app/shell/nav-items.tsx). */
const AREAS = [
  'Users',
  'Groups',
  'Datasets',
  'Plugins',
  'Secrets',
  'Snapshots',
  'Orchestrators',
  'Settings',
];

const VALUE = 'e2e-plaintext-value-4f1d';
const ROTATED = 'e2e-rotated-value-9c2b';
const CREDENTIAL = 'e2eWalkSecretAccessKey0000000000000000000';

test('adds a secret, its key checked as you type and its value masked', async ({ page }) => {
  await openApp(page, paths.secrets.list());
  await expect(secretRow(page, 'LABELBOX_API_KEY')).toContainText('@voxel51/annotation');
  await expect(secretRow(page, 'CLIENT_SECRET_DBX_GPU_PROD')).toContainText('dbx-gpu-prod');
  await expectNoSeriousA11yViolations(page);

  const dialog = await openAddSecret(page);
  const key = dialog.getByRole('textbox', { name: 'Key' });
  await key.fill('e2e token');
  await expect(dialog.getByText('Use capital letters: E2E_TOKEN')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // One click takes the corrected key.
  await dialog.getByRole('button', { name: 'Use E2E_TOKEN' }).click();
  await expect(key).toHaveValue('E2E_TOKEN');
  const value = dialog.getByRole('textbox', { name: 'Value', exact: true });
  await value.fill(VALUE);
  await expect(value).toHaveAttribute('type', 'password');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Used by the e2e suite');
  await dialog.getByRole('button', { name: 'Add secret' }).click();
  await expect(page.getByText('Added the secret E2E_TOKEN.')).toBeVisible();
  await expect(secretRow(page, 'E2E_TOKEN')).toContainText('Used by the e2e suite');
  expect(await page.content()).not.toContain(VALUE);
});

test('rotates a secret, then deletes it once its key is typed', async ({ page }) => {
  await openApp(page, paths.secrets.list());
  const rotate = await secretAction(page, 'Rotate', 'SLACK_WEBHOOK_URL');
  await expect(rotate).toContainText('The plugin @acme/data-quality will use the new value');
  await rotate.getByRole('textbox', { name: 'New value' }).fill(ROTATED);
  await expectNoSeriousA11yViolations(page);
  await rotate.getByRole('button', { name: 'Replace the value' }).click();
  await expect(page.getByText('Rotated the value of SLACK_WEBHOOK_URL.')).toBeVisible();

  const remove = await secretAction(page, 'Delete', 'SLACK_WEBHOOK_URL');
  await expect(remove).toContainText('These plugins declare it and lose it: @acme/data-quality.');
  const confirm = remove.getByRole('button', { name: 'Delete secret' });
  await expect(confirm).toBeDisabled();
  await remove
    .getByRole('textbox', { name: 'Type SLACK_WEBHOOK_URL to confirm' })
    .fill('SLACK_WEBHOOK_URL');
  await expectNoSeriousA11yViolations(page);
  await confirm.click();
  await expect(page.getByText('Deleted the secret SLACK_WEBHOOK_URL.')).toBeVisible();
  await expect(secretRow(page, 'SLACK_WEBHOOK_URL')).toHaveCount(0);
  // The plugin that declares it now lacks it.
  await expect(
    missingSecrets(page).getByRole('button', {
      name: 'Add SLACK_WEBHOOK_URL (declared by @acme/data-quality)',
    }),
  ).toBeVisible();
});

test('no page and no answer of the API shows a stored secret or credential', async ({ page }) => {
  const responses: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/graphql/v1')) responses.push(response.text().catch(() => ''));
  });
  await openApp(page, paths.home());
  // Seeded as the SDK would send them: add_secret, update_secret, add_cloud_credentials.
  const admin = persona('admin').apiKey;
  const creds = JSON.stringify(
    JSON.stringify({ 'access-key-id': 'AKIAE2EWALK000000000', 'secret-access-key': CREDENTIAL }),
  );
  for (const mutation of [
    `mutation { createSecret(key: "E2E_WALK", value: "${VALUE}") { id } }`,
    `mutation { updateSecret(key: "SLACK_WEBHOOK_URL", value: "${ROTATED}") { id } }`,
    `mutation { setCloudCredentials(provider: AWS, credentials: ${creds}, prefixes: ["e2e-walk"]) { provider } }`,
  ]) {
    expect((await graphqlAs(page, admin, mutation)).body.errors).toBeUndefined();
  }
  responses.length = 0;

  const pages = [
    ...AREAS.map((area) => ({ area, heading: area, level: 1 })),
    { path: paths.settings.cloudCredentials(), heading: 'Cloud credentials', level: 2 },
  ];
  for (const target of pages) {
    if ('area' in target) await areasNav(page).getByRole('link', { name: target.area }).click();
    else await page.goto(`/#${target.path}`);
    // The page asked for is drawn (the one before stays on screen while the next one loads).
    await expect(
      page.getByRole('heading', { level: target.level, name: target.heading }),
    ).toBeVisible();
    // Wait until what the page loads has arrived.
    await expect(
      page.locator(
        '.MuiSkeleton-root, .MuiLinearProgress-indeterminate, .MuiCircularProgress-indeterminate',
      ),
    ).toHaveCount(0);
    const html = await page.content();
    for (const secret of [VALUE, ROTATED, CREDENTIAL]) expect(html).not.toContain(secret);
  }
  await expect(page.getByText('e2e-walk')).toBeVisible();
  const bodies = await Promise.all(responses);
  // The walk read the answers that list the secret and the credentials (not a vacuous check).
  expect(bodies.some((body) => body.includes('"E2E_WALK"'))).toBe(true);
  expect(bodies.some((body) => body.includes('e2e-walk'))).toBe(true);
  for (const body of bodies) {
    for (const secret of [VALUE, ROTATED, CREDENTIAL]) expect(body).not.toContain(secret);
  }
});

test('adds a secret a plugin declares but lacks, from the list of missing ones', async ({
  page,
}) => {
  await openApp(page, paths.secrets.list());
  await missingSecrets(page)
    .getByRole('button', { name: 'Add OPENAI_API_KEY (declared by @acme/auto-labeler)' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add a secret' });
  await expect(dialog.getByRole('textbox', { name: 'Key' })).toHaveValue('OPENAI_API_KEY');
  await dialog.getByRole('textbox', { name: 'Value', exact: true }).fill('sk-e2e');
  await dialog.getByRole('button', { name: 'Add secret' }).click();
  await expect(secretRow(page, 'OPENAI_API_KEY')).toContainText('@acme/auto-labeler');
  await expect(missingSecrets(page).getByRole('button', { name: /OPENAI_API_KEY/ })).toHaveCount(0);
});

test('the first view is one request: the secrets with the plugins and orchestrators using them', async ({
  page,
}) => {
  const sent = recordGraphqlOperations(page);
  await openApp(page, paths.secrets.list());
  await expect(secretRow(page, 'LABELBOX_API_KEY')).toContainText('@voxel51/annotation');
  await expect(secretRow(page, 'AUTH_TOKEN_ANYSCALE_BATCH')).toContainText('anyscale-batch');
  await expect(missingSecrets(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The shell's own requests (who is signed in, what the server offers) are not the page's.
  expect(sent.filter((name) => name !== 'Viewer')).toEqual(['SecretsPage']);
});

test('says what failed when the API fails, and Retry recovers', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/status of 500/);
  await openApp(page, paths.home());
  await setMockScenario(page, 'server-error');
  await areasNav(page).getByRole('link', { name: 'Secrets' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Loading secrets failed' });
  await expect(failure).toContainText('Internal server error (simulated)');
  await expectNoSeriousA11yViolations(page);

  await setMockScenario(page, null);
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(secretRow(page, 'LABELBOX_API_KEY')).toBeVisible();
  await expect(secretRows(page)).not.toHaveCount(0);
});
