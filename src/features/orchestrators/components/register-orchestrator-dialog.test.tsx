import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { RegisterOrchestratorDialog } from './register-orchestrator-dialog.tsx';

function renderDialog() {
  const registered: string[] = [];
  const view = renderWithProviders(
    <RegisterOrchestratorDialog
      onClose={() => undefined}
      onRegistered={(id) => registered.push(id)}
    />,
  );
  return { ...view, registered };
}

describe('RegisterOrchestratorDialog', () => {
  it('says what is missing next to each field, and sends nothing', async () => {
    const { user } = renderDialog();
    const before = mockEngine.store.orchestrators.length;
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('Enter an instance ID')).toBeInTheDocument();
    expect(screen.getByText('Enter the job ID')).toBeInTheDocument();
    expect(screen.getByText('Enter the client secret')).toBeInTheDocument();
    expect(mockEngine.store.orchestrators).toHaveLength(before);
  });

  it('registers an Anyscale orchestrator with a picked secret', async () => {
    const { user, registered } = renderDialog();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Environment' }), 'ANYSCALE');
    await user.type(screen.getByRole('textbox', { name: 'Instance ID' }), 'anyscale-gpu');
    await user.type(screen.getByRole('textbox', { name: 'Job queue name' }), 'gpu-queue');
    await user.type(screen.getByRole('textbox', { name: 'Image URI' }), 'anyscale/image/fo:1');
    await user.type(screen.getByRole('textbox', { name: 'Execution compute config' }), 'gpu:1');
    const source = screen.getByRole('group', { name: 'Auth token: how to give it' });
    await user.click(within(source).getByRole('button', { name: 'Use a stored secret' }));
    const picker = screen.getByRole('combobox', { name: 'Auth token' });
    await expect
      .poll(() => within(picker).queryByRole('option', { name: 'HUGGINGFACE_TOKEN' }))
      .not.toBeNull();
    await user.selectOptions(picker, 'AUTH_TOKEN_ANYSCALE_BATCH');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    await expect.poll(() => registered).toEqual(['anyscale-gpu']);
    const record = mockEngine.store.orchestrators.find(
      (o) => o.instanceIdentifier === 'anyscale-gpu',
    );
    expect(record?.secrets).toEqual({ anyscale: { authToken: 'AUTH_TOKEN_ANYSCALE_BATCH' } });
    expect(record?.config).toEqual({
      anyscale: {
        jobQueueName: 'gpu-queue',
        imageUri: 'anyscale/image/fo:1',
        executionComputeConfig: 'gpu:1',
      },
    });
  });

  it('shows the server’s refusal on the instance ID and keeps what was typed', async () => {
    const { user, registered } = renderDialog();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Environment' }),
      'SELF_REGISTERED',
    );
    await user.type(screen.getByRole('textbox', { name: 'Instance ID' }), 'anyscale-batch');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Laptop runner');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(
      await screen.findByText('An orchestrator named anyscale-batch is already registered'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Laptop runner');
    expect(registered).toEqual([]);
  });

  it('names the secret a typed value is stored as, and never keeps the value', async () => {
    const { user, registered } = renderDialog();
    await user.type(screen.getByRole('textbox', { name: 'Instance ID' }), 'dbx-eu');
    await user.type(screen.getByRole('textbox', { name: 'Job ID' }), '42');
    await user.type(screen.getByRole('textbox', { name: 'Execution task ID' }), 'run');
    for (const [label, value] of [
      ['Host', 'https://dbc-eu.cloud.databricks.com'],
      ['Account ID', 'acct-eu-000123'],
      ['Client ID', 'client-eu-000456'],
      ['Client secret', 'client-secret-eu-000789'],
    ] as const) {
      await user.type(screen.getByLabelText(label, { selector: 'input' }), value);
    }
    expect(
      screen.getByLabelText('Client secret', { selector: 'input' }),
    ).toHaveAccessibleDescription(
      'Stored encrypted as the secret CLIENT_SECRET_DBX_EU; it cannot be read back.',
    );
    await user.click(screen.getByRole('button', { name: 'Register' }));
    await expect.poll(() => registered).toEqual(['dbx-eu']);
    const store = JSON.stringify(mockEngine.store);
    expect(store).toContain('CLIENT_SECRET_DBX_EU');
    expect(store).not.toContain('client-secret-eu-000789');
    expect(store).not.toContain('acct-eu-000123');
  });

  it('reports every secret name that is taken at once, in the form’s words, and sends nothing', async () => {
    // Deleting an orchestrator leaves its secrets: registering the same ID again would clash.
    mockEngine.store.orchestrators = mockEngine.store.orchestrators.filter(
      (o) => o.instanceIdentifier !== 'dbx-gpu-prod',
    );
    const secretsBefore = mockEngine.store.secrets.length;
    const { user, registered } = renderDialog();
    await fillDatabricks(user, 'dbx-gpu-prod');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    for (const [label, name] of [
      ['Host', 'HOST_DBX_GPU_PROD'],
      ['Account ID', 'ACCOUNT_ID_DBX_GPU_PROD'],
      ['Client ID', 'CLIENT_ID_DBX_GPU_PROD'],
      ['Client secret', 'CLIENT_SECRET_DBX_GPU_PROD'],
    ] as const) {
      expect(
        await screen.findByText(
          `A secret named ${name} already exists: pick it under “Use a stored secret”, or change the instance ID`,
        ),
      ).toBeInTheDocument();
      expect(screen.getByLabelText(label, { selector: 'input' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    }
    expect(mockEngine.store.secrets).toHaveLength(secretsBefore);
    // A new instance ID clears them all.
    await user.type(screen.getByRole('textbox', { name: 'Instance ID' }), '-2');
    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Register' }));
    await expect.poll(() => registered).toEqual(['dbx-gpu-prod-2']);
  });

  it('flags secrets someone stored meanwhile the same way, once the API refuses', async () => {
    const { user, registered } = renderDialog();
    await fillDatabricks(user, 'dbx-late');
    // Another admin stores two of the names after the dialog read the secrets.
    for (const key of ['HOST_DBX_LATE', 'CLIENT_ID_DBX_LATE']) {
      mockEngine.store.secrets.push({
        id: `late-${key}`,
        key,
        description: null,
        scope: 'GLOBAL',
        createdAt: '2026-05-01T12:00:00.000000+00:00',
        createdById: null,
        ciphertext: 'gAAAAABopaque',
      });
    }
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(
      await screen.findByText(/A secret named HOST_DBX_LATE already exists: pick it under/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/A secret named CLIENT_ID_DBX_LATE already exists/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Registering failed/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Account ID', { selector: 'input' })).toHaveValue('acct-000123');
    expect(registered).toEqual([]);
  });
});

async function fillDatabricks(user: ReturnType<typeof renderDialog>['user'], id: string) {
  await user.type(screen.getByRole('textbox', { name: 'Instance ID' }), id);
  await user.type(screen.getByRole('textbox', { name: 'Job ID' }), '42');
  await user.type(screen.getByRole('textbox', { name: 'Execution task ID' }), 'run');
  for (const [label, value] of [
    ['Host', 'https://dbc.cloud.databricks.com'],
    ['Account ID', 'acct-000123'],
    ['Client ID', 'client-000456'],
    ['Client secret', 'client-secret-000789'],
  ] as const) {
    await user.type(screen.getByLabelText(label, { selector: 'input' }), value);
  }
}
