import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockEngine, server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { dismissNotification, getNotifications } from '../../../lib/notifications.ts';
import { CloudCredentialsPanel } from './cloud-credentials-panel.tsx';

const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

// The GraphQL requests the console sends, to check the wire format of add_cloud_credentials.
const sent: Promise<string>[] = [];
const record = ({ request }: { request: Request }) => {
  sent.push(request.clone().text());
};
beforeEach(() => server.events.on('request:start', record));
afterEach(() => {
  server.events.removeListener('request:start', record);
  sent.length = 0;
});

const requestBody = z.object({ query: z.string(), variables: z.record(z.string(), z.unknown()) });

/** The variables of every request sent so far whose document uses `field`. */
async function sentVariables(field: string): Promise<Record<string, unknown>[]> {
  const bodies = (await Promise.all(sent)).map((text) => requestBody.parse(JSON.parse(text)));
  return bodies.filter((body) => body.query.includes(field)).map((body) => body.variables);
}

function renderPanel(search = '') {
  return renderWithProviders(<CloudCredentialsPanel />, {
    path: `/settings/cloud-credentials${search}`,
    routePath: '/settings/cloud-credentials',
  });
}

async function grid() {
  return screen.findByRole('table', { name: 'Cloud credentials' });
}

function dataRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

describe('Cloud credentials', () => {
  // Toasts are module-wide: one left by the previous test would hold this test's back.
  beforeEach(() => {
    for (const n of getNotifications()) dismissNotification(n.id);
  });

  it('lists each set with its buckets or as the provider’s default, filtered in the URL', async () => {
    const { user, router } = renderPanel();
    const table = await grid();
    expect(dataRows(table)).toHaveLength(mockEngine.store.cloudCredentials.length);
    expect(within(table).getByText('Default for AWS')).toBeInTheDocument();
    expect(within(table).getByText('acme-raw-data')).toBeInTheDocument();
    expect(within(table).getByText('acme-labels')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Provider' }));
    await user.click(await screen.findByRole('option', { name: 'GCP (Google Cloud Storage)' }));
    await expect.poll(() => router.state.location.search).toBe('?provider=GCP');
    expect(dataRows(await grid())).toHaveLength(1);
    expect(within(await grid()).getByText('Default for GCP')).toBeInTheDocument();
  });

  it('adds AWS access keys for two buckets, sending the SDK’s JSON, and never shows them again', async () => {
    const { user } = renderPanel();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Add cloud credentials' });
    await user.type(within(dialog).getByLabelText('Access key ID'), 'AKIAIOSFODNN7EXAMPLE');
    const secret = within(dialog).getByLabelText('Secret access key');
    expect(secret).toHaveAttribute('type', 'password');
    await user.type(secret, AWS_SECRET);
    await user.type(within(dialog).getByLabelText('Default region'), 'us-west-2');
    const buckets = within(dialog).getByRole('textbox', { name: 'Buckets' });
    await user.type(buckets, 's3://media-eu/images/2024/{Enter}');
    await user.type(buckets, 'media-us-*{Enter}');
    const chips = within(dialog).getByRole('list', { name: 'AWS buckets' });
    // Paths and patterns are kept as typed, never cut down to the bucket.
    expect(
      within(chips)
        .getAllByRole('img')
        .map((icon) => icon.textContent),
    ).toEqual(['Remove s3://media-eu/images/2024/', 'Remove media-us-*']);
    await user.type(within(dialog).getByLabelText('Description'), 'Media buckets');
    await user.click(within(dialog).getByRole('button', { name: 'Save credentials' }));

    expect(
      await screen.findByText(
        'Added the AWS credentials for s3://media-eu/images/2024/, media-us-*.',
      ),
    ).toBeInTheDocument();
    const [variables] = await sentVariables('setCloudCredentials');
    expect({ ...variables, creds: typeof variables?.creds }).toEqual({
      provider: 'AWS',
      creds: 'string',
      prefixes: ['s3://media-eu/images/2024/', 'media-us-*'],
      description: 'Media buckets',
      overwrite: false,
    });
    expect(JSON.parse(String(variables?.creds))).toEqual({
      'access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'secret-access-key': AWS_SECRET,
      'default-region': 'us-west-2',
    });
    const stored = mockEngine.store.cloudCredentials.find((c) => c.description === 'Media buckets');
    expect(stored?.prefixes).toEqual(['s3://media-eu/images/2024/', 'media-us-*']);
    expect(JSON.stringify(mockEngine.store)).not.toContain(AWS_SECRET);
    expect(await within(await grid()).findByText('s3://media-eu/images/2024/')).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(AWS_SECRET);
  });

  it('says what is wrong next to each field and sends nothing', async () => {
    const { user } = renderPanel();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Add cloud credentials' });
    await user.type(within(dialog).getByLabelText('Access key ID'), 'akia-lowercase');
    const buckets = within(dialog).getByRole('textbox', { name: 'Buckets' });
    await user.type(buckets, 'gs://not-aws{Enter}');
    expect(
      within(dialog).getByText('That location is on GCP; these are AWS credentials'),
    ).toBeInTheDocument();
    expect(buckets).toHaveValue('gs://not-aws');
    await user.click(within(dialog).getByRole('button', { name: 'Save credentials' }));
    expect(
      await within(dialog).findByText(/An access key ID has 16 to 128 capital letters/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the secret access key')).toBeInTheDocument();
    expect(await sentVariables('setCloudCredentials')).toEqual([]);
  });

  it('checks a GCP key file, then confirms before replacing the default GCP credentials', async () => {
    const { user } = renderPanel();
    await grid();
    const before = mockEngine.store.cloudCredentials.filter((c) => c.provider === 'GCP');
    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Add cloud credentials' });
    await user.click(within(dialog).getByRole('radio', { name: 'GCP (Google Cloud Storage)' }));
    const input = within(dialog).getByLabelText('Service account key file');
    await user.upload(
      input,
      new File(['{"type": "authorized_user"}'], 'user.json', { type: 'application/json' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save credentials' }));
    expect(
      await within(dialog).findByText(/Not a service account key: it lacks "project_id"/),
    ).toBeInTheDocument();

    const key = {
      type: 'service_account',
      project_id: 'acme-media',
      private_key_id: 'k1',
      private_key: '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBg\n-----END PRIVATE KEY-----\n',
      client_email: 'media@acme-media.iam.gserviceaccount.com',
      client_id: '42',
    };
    await user.upload(
      input,
      new File([JSON.stringify(key)], 'svc.json', { type: 'application/json' }),
    );
    expect(await within(dialog).findByText('svc.json')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save credentials' }));
    const confirm = await screen.findByRole('dialog', {
      name: 'Replace the default GCP credentials?',
    });
    expect(confirm).toHaveTextContent('already exist');
    await user.click(within(confirm).getByRole('button', { name: 'Replace credentials' }));
    expect(
      await screen.findByText('Replaced the GCP credentials (default for the provider).'),
    ).toBeInTheDocument();

    const after = mockEngine.store.cloudCredentials.filter((c) => c.provider === 'GCP');
    expect(after).toHaveLength(1);
    expect(after[0]?.ciphertext).not.toBe(before[0]?.ciphertext);
    const [variables] = await sentVariables('setCloudCredentials');
    expect(variables).toMatchObject({ provider: 'GCP', prefixes: null, overwrite: true });
    expect(JSON.parse(String(variables?.creds))).toEqual({ 'service-account-file': key });
  });

  it('replaces a set for the same buckets, keeping its provider and buckets', async () => {
    const { user } = renderPanel();
    const table = await grid();
    const before = mockEngine.store.cloudCredentials.find((c) =>
      c.prefixes.includes('acme-labels'),
    );
    await user.click(
      within(table).getByRole('button', {
        name: 'Replace AWS (Amazon S3) acme-raw-data, acme-labels',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Replace the AWS credentials for acme-raw-data, acme-labels',
    });
    expect(within(dialog).getByRole('radio', { name: 'AWS (Amazon S3)' })).toBeDisabled();
    expect(within(dialog).getByLabelText('Description')).toHaveValue(before?.description ?? '');
    await user.type(within(dialog).getByLabelText('Access key ID'), 'AKIAREPLACE000000000');
    await user.type(within(dialog).getByLabelText('Secret access key'), 'replacement');
    await user.click(within(dialog).getByRole('button', { name: 'Replace credentials' }));
    const confirm = await screen.findByRole('dialog', {
      name: 'Replace the AWS credentials for acme-raw-data, acme-labels?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Replace credentials' }));
    expect(
      await screen.findByText('Replaced the AWS credentials for acme-raw-data, acme-labels.'),
    ).toBeInTheDocument();
    const after = mockEngine.store.cloudCredentials.filter((c) =>
      c.prefixes.includes('acme-labels'),
    );
    expect(after).toHaveLength(1);
    expect(after[0]?.ciphertext).not.toBe(before?.ciphertext);
  });

  it('warns, naming the stored set, when the buckets overlap other credentials', async () => {
    const { user } = renderPanel();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Add cloud credentials' });
    const buckets = within(dialog).getByRole('textbox', { name: 'Buckets' });
    await user.type(buckets, 'fresh-bucket{Enter}');
    expect(within(dialog).queryByText(/overlap/)).not.toBeInTheDocument();
    await user.type(buckets, 's3://acme-labels/2024/{Enter}');
    const warning = within(dialog)
      .getByText('These buckets overlap other AWS credentials')
      .closest('[role="status"]');
    expect(warning).toHaveTextContent(
      'The AWS credentials for acme-raw-data, acme-labels (“Cross-account access to the raw data and labels buckets.”) also cover acme-labels.',
    );
    await user.click(within(dialog).getByRole('img', { name: 'Remove s3://acme-labels/2024/' }));
    expect(within(dialog).queryByText(/overlap/)).not.toBeInTheDocument();
  });

  it('offers a credentials file for Azure and MinIO, checked for that provider', async () => {
    const { user } = renderPanel();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Add cloud credentials' });
    await user.click(within(dialog).getByRole('radio', { name: 'MinIO' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Credentials file (.ini)' }));
    const input = within(dialog).getByLabelText('MinIO credentials file');
    await user.upload(
      input,
      new File(['[default]\naws_access_key_id = A\n'], 'aws.ini', { type: 'text/plain' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save credentials' }));
    expect(
      await within(dialog).findByText(/is this a MinIO credentials file\?/),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Azure Blob Storage' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Credentials file (.ini)' }));
    const ini = '[default]\naccount_name = acmescans\naccount_key = a2V5a2V5\nalias = scans\n';
    await user.upload(
      within(dialog).getByLabelText('Azure credentials file'),
      new File([ini], 'azure.ini', { type: 'text/plain' }),
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Containers' }), 'scans{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save credentials' }));
    expect(await screen.findByText('Added the Azure credentials for scans.')).toBeInTheDocument();
    const [variables] = await sentVariables('setCloudCredentials');
    expect(variables).toMatchObject({ provider: 'AZURE', prefixes: ['scans'] });
    expect(JSON.parse(String(variables?.creds))).toEqual({ 'ini-file': ini });
  });

  it('deletes a set behind the SDK’s warning', async () => {
    const { user } = renderPanel();
    const table = await grid();
    await user.click(
      within(table).getByRole('button', { name: 'Delete Azure Blob Storage acmemedical' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Delete the Azure credentials for acmemedical?',
    });
    expect(dialog).toHaveTextContent(
      'Every user of the app loses the access these credentials give to the container acmemedical',
    );
    expect(dialog).toHaveTextContent('for all app users in the system');
    await user.click(within(dialog).getByRole('button', { name: 'Delete credentials' }));
    await expect
      .poll(() => mockEngine.store.cloudCredentials.some((c) => c.provider === 'AZURE'))
      .toBe(false);
    expect(
      await screen.findByText('Deleted the Azure credentials for acmemedical.'),
    ).toBeInTheDocument();
  });
});
