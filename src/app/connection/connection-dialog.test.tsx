import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../tests/render.tsx';
import { getConnection } from '../../lib/connection.ts';
import { ConnectionDialog } from './connection-dialog.tsx';

function renderDialog() {
  let closed = false;
  const view = renderWithProviders(<ConnectionDialog open onClose={() => (closed = true)} />);
  return { ...view, closed: () => closed };
}

describe('ConnectionDialog', () => {
  it('puts its messages next to the fields', async () => {
    const { user } = renderDialog();
    await user.type(screen.getByLabelText('API URL'), 'api.example.com');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/starts with http:\/\/ or https:\/\//)).toBeInTheDocument();
    expect(screen.getByText('Enter an API key')).toBeInTheDocument();
  });

  it('tests the connection like test_api_connection() and says who the key belongs to', async () => {
    const { user } = renderDialog();
    await user.type(screen.getByLabelText(/API key/), persona('collaborator').apiKey);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/API connection succeeded: Cleo Marchetti/)).toBeInTheDocument();
  });

  it('shows the API’s refusal of a bad key and keeps the dialog open', async () => {
    const { user, closed } = renderDialog();
    const before = getConnection();
    await user.type(screen.getByLabelText(/API key/), 'not-a-key');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/key/i);
    expect(closed()).toBe(false);
    expect(getConnection()).toEqual(before);
    expect(screen.getByLabelText(/API key/)).toHaveValue('not-a-key');
  });

  it('says when the API cannot be reached', async () => {
    mockEngine.setScenario('network-down');
    const { user } = renderDialog();
    await user.type(screen.getByLabelText(/API key/), persona('admin').apiKey);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Unable to connect/);
  });

  it('says why it opened in full sentences', () => {
    renderWithProviders(
      <ConnectionDialog
        open
        required
        message="Invalid API key: the key is unknown or has been revoked"
        onClose={() => undefined}
      />,
    );
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      'Invalid API key: the key is unknown or has been revoked. Enter another API key to continue.',
    );
  });

  it('connects with a good key', async () => {
    const { user, closed } = renderDialog();
    await user.type(screen.getByLabelText(/API key/), persona('manager').apiKey);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await expect.poll(closed).toBe(true);
    expect(getConnection()?.apiKey).toBe(persona('manager').apiKey);
  });
});
