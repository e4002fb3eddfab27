import {
  areasNav,
  expect,
  expectNoSeriousA11yViolations,
  openApp,
  test,
  useMockSchema,
} from './helpers/app.ts';
import { orchestratorRow, paths } from './helpers/orchestrators.ts';

// The console on a server with only the published schema (the demo mock without its [ext]
// fields): every area opens, and what that server lacks is hidden or said plainly.

test('every area works on the published server, saying what it does not offer', async ({
  page,
}) => {
  await openApp(page, paths.orchestrators.list());
  await useMockSchema(page, 'published');
  await expect(orchestratorRow(page, 'dbx-gpu-prod')).toBeVisible();
  await expect(
    page.getByText('This server does not offer registering or deleting orchestrators'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Register orchestrator' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  for (const area of ['Users', 'Groups', 'Datasets', 'Plugins', 'Snapshots', 'Secrets']) {
    await areasNav(page).getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
    await expect(page.getByText(/failed/)).toHaveCount(0);
  }
  await expect(
    page.getByText('This server does not say which plugins and orchestrators use each secret'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Rotate / })).toHaveCount(0);
});
