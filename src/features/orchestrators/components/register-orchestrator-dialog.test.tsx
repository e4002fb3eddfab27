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
});
