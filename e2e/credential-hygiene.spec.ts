import { expect, expectNoSeriousA11yViolations, openApp, test } from './helpers/app.ts';
import {
  credentialFindings,
  credentialRows,
  credentialSection,
  paths,
  showSection,
} from './helpers/credentials.ts';

// Settings › Credentials as an admin: the demo organization has exactly one API key older than
// a year (Tomás Herrera's legacy-export) and one secret nothing uses (HUGGINGFACE_TOKEN).

// Three tables on one page, read through the demo's mock: room for a busy machine.
test.slow();

test('flags exactly the seeded stale key and unused secret', async ({ page }) => {
  await openApp(page, paths.settings.root());
  await page.getByRole('tab', { name: 'Credentials', exact: true }).click();
  await expect(page).toHaveURL(/#\/settings\/credentials$/);

  const findings = credentialFindings(page);
  await expect(findings.getByText('1 API key is older than 1 year')).toBeVisible({
    timeout: 30_000,
  });
  await expect(findings.getByText('1 secret is used by no plugin or orchestrator')).toBeVisible();

  await showSection(page, 'API keys');
  const stale = credentialRows(page, 'API keys', 'Older than 1 year');
  await expect(stale).toHaveCount(1);
  await expect(stale).toContainText('legacy-export');
  await expect(stale).toContainText('Tomás Herrera');

  await showSection(page, 'Secrets');
  const unused = credentialRows(page, 'Secrets', 'Unused');
  await expect(unused).toHaveCount(1);
  await expect(unused).toContainText('HUGGINGFACE_TOKEN');
  // Listed without its value.
  await expect(credentialSection(page, 'Secrets')).not.toContainText('gAAAAAB');

  // The unused secret is deleted where secrets are: the secrets page, searched for it.
  await unused
    .getByRole('link', { name: 'Rotate or delete HUGGINGFACE_TOKEN on the secrets page' })
    .click();
  await expect(page).toHaveURL(/#\/secrets\?q=HUGGINGFACE_TOKEN$/);
  await expect(page.getByRole('searchbox', { name: 'Search secrets' })).toHaveValue(
    'HUGGINGFACE_TOKEN',
  );
});

test('passes axe', async ({ page }) => {
  await openApp(page, paths.settings.credentials());
  await expect(credentialFindings(page).getByText('No cloud credentials overlap')).toBeVisible({
    timeout: 30_000,
  });
  await showSection(page, 'Cloud credentials');
  await expect(credentialRows(page, 'Cloud credentials', 'acme-raw-data')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

test('a wider age flags more keys, and the stale key leads to its owner’s page', async ({
  page,
}) => {
  await openApp(page, `${paths.settings.credentials()}?age=90&flagged=1`);
  await expect(page.getByRole('combobox', { name: 'Flag keys older than' })).toHaveText('90 days', {
    timeout: 30_000,
  });
  await expect(credentialRows(page, 'API keys', 'Older than 90 days').first()).toBeVisible();
  expect(await credentialRows(page, 'API keys', 'Older than 90 days').count()).toBeGreaterThan(1);

  await credentialRows(page, 'API keys', 'legacy-export')
    .getByRole('link', { name: 'Delete legacy-export of Tomás Herrera on their page' })
    .click();
  await expect(page.getByRole('heading', { name: 'Tomás Herrera' })).toBeVisible();
  await expect(page.getByText('legacy-export')).toBeVisible();
});
