import { expect, expectNoSeriousA11yViolations, openApp, test } from './helpers/app.ts';
import {
  addBuckets,
  bucketChips,
  chooseFile,
  credentialsGrid,
  credentialsRow,
  openAddCredentials,
  paths,
} from './helpers/settings.ts';

// Settings › Cloud credentials: add, replace and delete them; they are never shown back.

const AWS_SECRET = 'e2eSecretAccessKeyExample0000000000000000';
const SERVICE_ACCOUNT = {
  type: 'service_account',
  project_id: 'acme-media',
  private_key_id: '0123456789abcdef',
  private_key:
    '-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0e2e\n-----END PRIVATE KEY-----\n',
  client_email: 'media-reader@acme-media.iam.gserviceaccount.com',
  client_id: '101234567890',
};

test('adds AWS credentials for two buckets from access keys', async ({ page }) => {
  await openApp(page, paths.settings.cloudCredentials());
  await expect(credentialsRow(page, 'Default for GCP')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A path and a pattern: each is kept as typed, never cut down to the bucket.
  const dialog = await openAddCredentials(page);
  await dialog.getByRole('textbox', { name: 'Access key ID' }).fill('AKIAE2EEXAMPLE000000');
  await dialog.getByRole('textbox', { name: 'Secret access key' }).fill(AWS_SECRET);
  await dialog.getByRole('textbox', { name: 'Default region' }).fill('eu-west-1');
  await addBuckets(dialog, ['s3://e2e-media/images/', 'e2e-labels-*']);
  await expect(bucketChips(dialog, 'AWS')).toHaveText([
    /^s3:\/\/e2e-media\/images\/(Remove|$)/,
    /^e2e-labels-\*(Remove|$)/,
  ]);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Save credentials' }).click();
  await expect(
    page.getByText('Added the AWS credentials for s3://e2e-media/images/, e2e-labels-*.'),
  ).toBeVisible();
  await expect(credentialsRow(page, 's3://e2e-media/images/')).toContainText('e2e-labels-*');
  // Write-only: the secret access key is not on the page.
  expect(await page.content()).not.toContain(AWS_SECRET);
});

test('warns, naming the other set, when the buckets overlap it', async ({ page }) => {
  await openApp(page, paths.settings.cloudCredentials());
  const dialog = await openAddCredentials(page);
  await addBuckets(dialog, ['s3://acme-labels/2024/']);
  const warning = dialog.getByRole('status').filter({ hasText: 'overlap' });
  await expect(warning).toContainText('These buckets overlap other AWS credentials');
  await expect(warning).toContainText(
    'The AWS credentials for acme-raw-data, acme-labels (“Cross-account access to the raw data and labels buckets.”) also cover acme-labels.',
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('img', { name: 'Remove s3://acme-labels/2024/' }).click();
  await expect(warning).toHaveCount(0);
});

test('replaces the default GCP credentials from a key file, after confirming', async ({ page }) => {
  await openApp(page, paths.settings.cloudCredentials());
  const dialog = await openAddCredentials(page);
  await dialog.getByRole('radio', { name: 'GCP (Google Cloud Storage)' }).check();
  await chooseFile(page, dialog, {
    name: 'acme-media.json',
    mimeType: 'application/json',
    contents: JSON.stringify(SERVICE_ACCOUNT),
  });
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Media reader service account');
  await dialog.getByRole('button', { name: 'Save credentials' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace the default GCP credentials?' });
  await expect(replace).toContainText('already exist');
  await expectNoSeriousA11yViolations(page);
  await replace.getByRole('button', { name: 'Replace credentials' }).click();
  await expect(
    page.getByText('Replaced the GCP credentials (default for the provider).'),
  ).toBeVisible();
  await expect(credentialsRow(page, 'Default for GCP')).toHaveCount(1);
  await expect(credentialsRow(page, 'Default for GCP')).toContainText(
    'Media reader service account',
  );
  expect(await page.content()).not.toContain('MIIEvgIBADANBgkqhkiG9w0e2e');
});

test('deletes credentials behind the SDK’s warning', async ({ page }) => {
  await openApp(page, paths.settings.cloudCredentials());
  await credentialsRow(page, 'acmemedical')
    .getByRole('button', { name: /^Delete / })
    .click();
  const confirm = page.getByRole('dialog', {
    name: 'Delete the Azure credentials for acmemedical?',
  });
  await expect(confirm).toContainText(
    'Every user of the app loses the access these credentials give',
  );
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Delete credentials' }).click();
  await expect(confirm).toBeHidden();
  await expect(credentialsRow(page, 'acmemedical')).toHaveCount(0);
  await expect(credentialsGrid(page)).toBeVisible();
});
