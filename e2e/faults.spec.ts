import type { Locator, Page } from '@playwright/test';
import type { ScenarioName } from '../mocks/engine/scenarios.ts';
import { generateKeyDialog, openGenerateKeyDialog, apiKeyRow } from './helpers/api-keys.ts';
import {
  choosePersona,
  expect,
  HELD_ANSWER_TIMEOUT,
  openApp,
  personaDialog,
  setMockScenario,
  test,
  type ConsoleErrors,
} from './helpers/app.ts';
import { addPersonDialog, chooseOption, datasetRow, personRow } from './helpers/datasets.ts';
import { createGroupDialog, groupHeading, groupLink, pickUser } from './helpers/groups.ts';
import {
  orchestratorHeading,
  orchestratorRow,
  openRegisterDialog,
  typeSecret,
} from './helpers/orchestrators.ts';
import { pluginRow } from './helpers/plugins.ts';
import { openAddSecret, secretRow } from './helpers/secrets.ts';
import {
  addBuckets,
  bucketChips,
  chooseSetting,
  credentialsRow,
  openAddCredentials,
  organizationForm,
  settingValue,
} from './helpers/settings.ts';
import { openCreateDialog, snapshotPanel, snapshotRow } from './helpers/snapshots.ts';
import {
  invitationRow,
  inviteDialog,
  menuClosed,
  openInviteDialog,
  paths,
  sentInvitation,
  userRow,
} from './helpers/users.ts';

// Issue 7, "Faults": the mock's failure scenarios on every area's page, as the admin. A read that
// fails says what failed and offers Retry, which works once the fault clears; a slow answer shows
// that it is loading; a key revoked mid-session asks for another; a form whose request fails
// says so and keeps every field. The fixture fails any test whose page logs a console error or
// throws, apart from the browser's own line for each refused request.

/** Asks for nothing but who you are: the area's data is then requested cold. */
const START = paths.settings.roles();

/** A fresh document (empty query cache, healthy mock) on START, then `scenario`, then `path`. */
async function openWith(page: Page, path: string, scenario: ScenarioName): Promise<void> {
  await page.goto('about:blank');
  await openApp(page, START);
  await setMockScenario(page, scenario);
  await page.goto(`/#${path}`);
}

/** The line Chromium logs for a refused request: not the console's own doing. */
const REFUSED: Partial<Record<ScenarioName, RegExp>> = {
  'network-down': /^console\.error: Failed to load resource: net::ERR_FAILED/,
  'server-error': /^console\.error: Failed to load resource: .*status of 500/,
  'invalid-key': /^console\.error: Failed to load resource: .*status of 401/,
};

function allowRefused(consoleErrors: ConsoleErrors, scenario: ScenarioName): void {
  const line = REFUSED[scenario];
  if (line) consoleErrors.allow(line);
}

/** What a failed read says: the page's title line, then the API's words (or the console's). */
const READ_FAULTS = [
  {
    scenario: 'network-down',
    title: 'Cannot reach the FiftyOne API',
    detail: 'Could not reach the FiftyOne API.',
  },
  {
    scenario: 'server-error',
    title: 'The FiftyOne API returned an error',
    detail: 'Internal server error (simulated)',
  },
  {
    scenario: 'graphql-error',
    title: 'The FiftyOne API returned an error',
    detail: 'Simulated GraphQL error',
  },
] as const;

/** What a failed submission says, for the two faults a form meets with its request. */
const FORM_FAULTS = [
  { scenario: 'server-error', detail: 'Internal server error (simulated)' },
  { scenario: 'graphql-error', detail: 'Simulated GraphQL error' },
] as const;

interface Form {
  /** What it does, e.g. "invite people". */
  name: string;
  /** Opens it and fills every field; answers the form (a dialog, or the page's form). */
  fill: (page: Page) => Promise<Locator>;
  /** Its submit button. */
  submit: string;
  /** What must be done before each submission, with a healthy API (e.g. check the e-mails). */
  prepare?: (form: Locator) => Promise<void>;
  /** Every field still holds what `fill` typed or chose. */
  kept: (form: Locator) => Promise<void>;
  /** What shows once the submission went through. */
  done: (page: Page) => Locator;
}

interface Area {
  name: string;
  path: string;
  /**
   * What the page does first: its progress bar's name, and what its error says ("Loading users"
   * → "Loading users failed").
   */
  loading: string;
  /** Something the seed puts on the page. */
  seeded: (page: Page) => Locator;
  form?: Form;
}

const DATASET = 'lidar-highway-scenes';
const SNAPSHOT_DATASET = 'traffic-signs-eu';

const CONFIG = [
  ['Job ID', '5550042'],
  ['Execution task ID', 'fiftyone_execute'],
  ['Registration task ID (optional)', 'fiftyone_register'],
] as const;

const SECRETS = [
  ['Host', 'https://dbc-faults.cloud.databricks.com'],
  ['Account ID', 'acct-faults'],
  ['Client ID', 'client-faults'],
  ['Client secret', 'faults-client-secret'],
] as const;

const SETTINGS = [
  ['Default user role', 'Collaborator'],
  ['Default dataset permission', 'Can edit'],
  ['Default operator minimum role', 'Admin'],
  ['Default operator minimum dataset permission', 'Can manage'],
] as const;

const AREAS: Area[] = [
  {
    name: 'users',
    path: paths.users.list(),
    loading: 'Loading users',
    seeded: (page) => userRow(page, 'Ada Lovelace'),
    form: {
      name: 'invite people',
      fill: async (page) => {
        const dialog = await openInviteDialog(page);
        await dialog.getByRole('textbox', { name: 'E-mail addresses' }).fill('faults@example.com');
        await dialog.getByRole('combobox', { name: 'Role' }).click();
        await page.getByRole('option', { name: /^Guest/ }).click();
        await menuClosed(page);
        return dialog;
      },
      // An address that failed goes back into the box, to be checked again before sending.
      prepare: async (dialog) => {
        await dialog.getByRole('button', { name: 'Check e-mails' }).click();
        await expect(dialog.getByRole('list', { name: 'Checked e-mails' })).toContainText('Ready');
      },
      submit: 'Send 1 invitation',
      kept: async (dialog) => {
        await expect(dialog.getByRole('textbox', { name: 'E-mail addresses' })).toHaveValue(
          'faults@example.com',
        );
        await expect(dialog.getByRole('combobox', { name: 'Role' })).toHaveText('Guest');
      },
      done: (page) => sentInvitation(inviteDialog(page), 'faults@example.com'),
    },
  },
  {
    name: 'invitations',
    path: paths.users.invitations(),
    loading: 'Loading invitations',
    seeded: (page) => invitationRow(page, 'tom.reyes@northwind.com'),
  },
  {
    name: 'groups',
    path: paths.groups.list(),
    loading: 'Loading groups',
    seeded: (page) => groupLink(page, 'External Labelers'),
    form: {
      name: 'create a group',
      fill: async (page) => {
        await page.getByRole('button', { name: 'Create group' }).click();
        const dialog = createGroupDialog(page);
        await dialog.getByRole('textbox', { name: 'Name' }).fill('Fault Finders');
        await dialog.getByRole('textbox', { name: 'Description' }).fill('Break things on purpose.');
        await pickUser(page, dialog.getByRole('combobox', { name: 'Members' }), 'Milo Okafor');
        return dialog;
      },
      submit: 'Create group',
      kept: async (dialog) => {
        await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Fault Finders');
        await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue(
          'Break things on purpose.',
        );
        await expect(dialog.getByRole('button', { name: 'Milo Okafor' })).toBeVisible();
      },
      done: (page) => groupHeading(page, 'Fault Finders'),
    },
  },
  {
    name: 'datasets',
    path: paths.datasets.list(),
    loading: 'Loading datasets',
    seeded: (page) => datasetRow(page, 'coco-2017-validation'),
  },
  {
    name: 'a dataset’s access',
    path: paths.datasets.access(DATASET),
    loading: 'Loading the dataset',
    seeded: (page) => personRow(page, 'Sofia Petrova'),
    form: {
      name: 'add a person (an invitation)',
      fill: async (page) => {
        await page.getByRole('button', { name: 'Add person' }).click();
        const dialog = addPersonDialog(page, DATASET);
        await dialog.getByRole('combobox', { name: 'Person' }).fill('new.hire@example.com');
        const inviteAs = dialog.getByRole('combobox', { name: 'Invite as' });
        await expect(inviteAs).toBeVisible();
        await chooseOption(page, dialog.getByRole('combobox', { name: 'Permission' }), 'Can edit');
        await chooseOption(page, inviteAs, 'Member');
        return dialog;
      },
      submit: 'Invite and grant',
      kept: async (dialog) => {
        await expect(dialog.getByRole('combobox', { name: 'Person' })).toHaveValue(
          'new.hire@example.com',
        );
        await expect(dialog.getByRole('combobox', { name: 'Permission' })).toHaveText('Can edit');
        await expect(dialog.getByRole('combobox', { name: 'Invite as' })).toHaveText('Member');
      },
      done: (page) =>
        page.getByText(`new.hire@example.com can edit ${DATASET} once they accept the invitation.`),
    },
  },
  {
    name: 'plugins',
    path: paths.plugins.list(),
    loading: 'Loading plugins',
    seeded: (page) => pluginRow(page, '@voxel51/brain'),
  },
  {
    name: 'secrets',
    path: paths.secrets.list(),
    loading: 'Loading secrets',
    seeded: (page) => secretRow(page, 'LABELBOX_API_KEY'),
    form: {
      name: 'add a secret',
      fill: async (page) => {
        const dialog = await openAddSecret(page);
        await dialog.getByRole('textbox', { name: 'Key' }).fill('FAULTS_TOKEN');
        await dialog.getByLabel('Value', { exact: true }).fill('s3cr3t-value');
        await dialog.getByRole('textbox', { name: 'Description' }).fill('For the fault tests');
        return dialog;
      },
      submit: 'Add secret',
      kept: async (dialog) => {
        await expect(dialog.getByRole('textbox', { name: 'Key' })).toHaveValue('FAULTS_TOKEN');
        await expect(dialog.getByLabel('Value', { exact: true })).toHaveValue('s3cr3t-value');
        await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue(
          'For the fault tests',
        );
      },
      done: (page) => secretRow(page, 'FAULTS_TOKEN'),
    },
  },
  {
    name: 'cloud credentials',
    path: paths.settings.cloudCredentials(),
    loading: 'Loading cloud credentials',
    seeded: (page) => credentialsRow(page, 'Default for GCP'),
    form: {
      name: 'add AWS credentials',
      fill: async (page) => {
        const dialog = await openAddCredentials(page);
        await dialog.getByRole('textbox', { name: 'Access key ID' }).fill('AKIAFAULTS0000000000');
        await dialog.getByLabel('Secret access key', { exact: true }).fill('faultsSecretKey0000');
        await dialog.getByRole('textbox', { name: 'Default region' }).fill('eu-west-1');
        await dialog.getByLabel('Session token', { exact: true }).fill('faultsSessionToken');
        await addBuckets(dialog, ['faults-media']);
        await dialog.getByRole('textbox', { name: 'Description' }).fill('Fault test media');
        return dialog;
      },
      submit: 'Save credentials',
      kept: async (dialog) => {
        await expect(dialog.getByRole('textbox', { name: 'Access key ID' })).toHaveValue(
          'AKIAFAULTS0000000000',
        );
        await expect(dialog.getByLabel('Secret access key', { exact: true })).toHaveValue(
          'faultsSecretKey0000',
        );
        await expect(dialog.getByRole('textbox', { name: 'Default region' })).toHaveValue(
          'eu-west-1',
        );
        await expect(dialog.getByLabel('Session token', { exact: true })).toHaveValue(
          'faultsSessionToken',
        );
        await expect(bucketChips(dialog, 'AWS')).toHaveText([/^faults-media/]);
        await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue(
          'Fault test media',
        );
      },
      done: (page) => credentialsRow(page, 'faults-media'),
    },
  },
  {
    name: 'snapshots',
    path: paths.snapshots.dataset(SNAPSHOT_DATASET),
    loading: 'Loading the snapshot history',
    seeded: (page) => snapshotRow(page, 'v1.0-baseline'),
    form: {
      name: 'create a snapshot',
      fill: async (page) => {
        const dialog = await openCreateDialog(page);
        await dialog.getByRole('textbox', { name: 'Name' }).fill('v3.0-faults');
        await dialog.getByRole('textbox', { name: 'Description' }).fill('Taken under fire.');
        return dialog;
      },
      submit: 'Create snapshot',
      kept: async (dialog) => {
        await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('v3.0-faults');
        await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue(
          'Taken under fire.',
        );
      },
      done: (page) => snapshotPanel(page, 'v3.0-faults'),
    },
  },
  {
    name: 'orchestrators',
    path: paths.orchestrators.list(),
    loading: 'Loading orchestrators',
    seeded: (page) => orchestratorRow(page, 'dbx-gpu-prod'),
    form: {
      name: 'register an orchestrator',
      fill: async (page) => {
        const dialog = await openRegisterDialog(page);
        await dialog.getByRole('textbox', { name: 'Instance ID' }).fill('dbx-faults');
        await dialog.getByRole('textbox', { name: 'Description' }).fill('Fault test jobs');
        await dialog.getByRole('combobox', { name: 'Environment' }).selectOption('DATABRICKS');
        for (const [label, value] of CONFIG) {
          await dialog.getByRole('textbox', { name: label }).fill(value);
        }
        for (const [label, value] of SECRETS) await typeSecret(dialog, label, value);
        return dialog;
      },
      submit: 'Register',
      kept: async (dialog) => {
        await expect(dialog.getByRole('textbox', { name: 'Instance ID' })).toHaveValue(
          'dbx-faults',
        );
        await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue(
          'Fault test jobs',
        );
        await expect(dialog.getByRole('combobox', { name: 'Environment' })).toHaveValue(
          'DATABRICKS',
        );
        for (const [label, value] of CONFIG) {
          await expect(dialog.getByRole('textbox', { name: label })).toHaveValue(value);
        }
        for (const [label, value] of SECRETS) {
          await expect(dialog.getByLabel(label, { exact: true })).toHaveValue(value);
        }
      },
      done: (page) => orchestratorHeading(page, 'dbx-faults'),
    },
  },
  {
    name: 'organization settings',
    path: paths.settings.organization(),
    loading: 'Loading the organization settings',
    seeded: (page) => settingValue(page, 'Default user role').filter({ hasText: 'Member' }),
    form: {
      name: 'change the four defaults',
      fill: async (page) => {
        for (const [setting, option] of SETTINGS) await chooseSetting(page, setting, option);
        return organizationForm(page);
      },
      submit: 'Save changes',
      kept: async (form) => {
        for (const [setting, option] of SETTINGS) {
          await expect(form.getByRole('combobox', { name: setting })).toHaveText(option);
        }
      },
      done: (page) =>
        page.getByText(
          'Saved: default user role, default dataset permission, default operator minimum role, default operator minimum dataset permission.',
        ),
    },
  },
  {
    name: 'API keys',
    path: paths.settings.apiKeys(),
    loading: 'Loading API keys',
    seeded: (page) => apiKeyRow(page, 'demo key'),
    form: {
      name: 'generate a key',
      fill: async (page) => {
        const dialog = await openGenerateKeyDialog(page);
        await dialog.getByRole('textbox', { name: 'Key name' }).fill('faults-notebook');
        return dialog;
      },
      submit: 'Generate key',
      kept: async (dialog) => {
        await expect(dialog.getByRole('textbox', { name: 'Key name' })).toHaveValue(
          'faults-notebook',
        );
      },
      done: (page) => generateKeyDialog(page).getByLabel('New API key'),
    },
  },
];

/**
 * Three areas of different shapes — a list read, a nested route's read and a settings tab — meet
 * every fault and a key revoked mid-session. The network failure, the HTTP 500 and the revoked
 * key reach every page through the same transport, retry policy and connection dialog (one urql
 * client), so these three show them; every area meets a slow answer and a GraphQL error (its
 * page's own title and the API's words) and keeps its form's fields when a submission fails.
 */
const EVERY_FAULT_AREAS = new Set(['users', 'a dataset’s access', 'API keys']);

/** The read faults an area meets. */
function readFaults(area: Area) {
  return READ_FAULTS.filter(
    (fault) => EVERY_FAULT_AREAS.has(area.name) || fault.scenario === 'graphql-error',
  );
}

for (const area of AREAS) {
  test.describe(area.name, () => {
    test('a slow answer shows that it is loading; a failed read says what failed, and Retry recovers once it clears', async ({
      page,
      consoleErrors,
    }) => {
      // Up to four cold loads of the app in one test (one per answer): three times one load's budget.
      test.slow();
      await test.step('slow', async () => {
        await openWith(page, area.path, 'slow');
        // While the mock holds the answer back: the page's data, not its code ("Loading page").
        const loading = page.getByRole('progressbar', { name: area.loading, exact: true });
        // It shows from the moment the page asks until the held answer comes (SLOW_DELAY_MS), so
        // a busy machine may take longer to get there (lazy panels load first) without missing it.
        await expect(loading).toBeVisible();
        await expect(area.seeded(page)).toBeVisible({ timeout: HELD_ANSWER_TIMEOUT });
        await expect(loading).toHaveCount(0);
        await expect(page.getByRole('alert')).toHaveCount(0);
      });
      for (const fault of readFaults(area)) {
        await test.step(fault.scenario, async () => {
          allowRefused(consoleErrors, fault.scenario);
          await openWith(page, area.path, fault.scenario);
          const failure = page.getByRole('alert').filter({ hasText: `${area.loading} failed` });
          // Reads retry network and server failures twice (after 0.5 s, then 1 s) first.
          await expect(failure).toContainText(`${area.loading} failed: ${fault.title}`);
          await expect(failure).toContainText(fault.detail);
          await setMockScenario(page, null);
          await failure.getByRole('button', { name: 'Retry' }).click();
          await expect(area.seeded(page)).toBeVisible();
          await expect(page.getByRole('alert')).toHaveCount(0);
        });
      }
    });

    if (EVERY_FAULT_AREAS.has(area.name)) {
      test('a key revoked mid-session asks for another, and a persona brings the page back', async ({
        page,
        consoleErrors,
      }) => {
        allowRefused(consoleErrors, 'invalid-key');
        await openWith(page, area.path, 'invalid-key');
        const dialog = personaDialog(page);
        await expect(dialog.getByRole('alert').filter({ hasText: 'Invalid API key' })).toHaveText(
          'Invalid API key: the key is unknown or has been revoked. Choose a persona to continue.',
        );
        await setMockScenario(page, null);
        await choosePersona(page, 'Admin: Ada Lovelace');
        await expect(area.seeded(page)).toBeVisible();
      });
    }

    const form = area.form;
    if (form) {
      test(`${form.name}: a failed request says so and keeps every field; then it goes through`, async ({
        page,
        consoleErrors,
      }) => {
        await openApp(page, area.path);
        await expect(area.seeded(page)).toBeVisible();
        const filled = await form.fill(page);
        for (const fault of FORM_FAULTS) {
          allowRefused(consoleErrors, fault.scenario);
          await form.prepare?.(filled);
          await setMockScenario(page, fault.scenario);
          await filled.getByRole('button', { name: form.submit, exact: true }).click();
          await expect(filled.getByRole('alert').filter({ hasText: fault.detail })).toBeVisible();
          await form.kept(filled);
          await setMockScenario(page, null);
        }
        await form.prepare?.(filled);
        await filled.getByRole('button', { name: form.submit, exact: true }).click();
        await expect(form.done(page)).toBeVisible();
      });
    }
  });
}
