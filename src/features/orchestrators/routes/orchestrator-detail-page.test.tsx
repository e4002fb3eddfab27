import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as OrchestratorDetailPage } from './orchestrator-detail-page.tsx';

function renderOrchestrator(instanceId: string) {
  return renderWithProviders(<OrchestratorDetailPage />, {
    path: `/orchestrators/${encodeURIComponent(instanceId)}`,
    routePath: '/orchestrators/:instanceId',
  });
}

describe('An orchestrator’s page', () => {
  it('shows its configuration and the names of the secrets it uses, linked to Secrets', async () => {
    renderOrchestrator('anyscale-batch');
    const config = await screen.findByRole('table', { name: 'Configuration' });
    expect(within(config).getByRole('row', { name: /Job queue name/ })).toHaveTextContent(
      'fiftyone-batch',
    );
    const secrets = screen.getByRole('table', { name: 'Secrets it uses' });
    expect(
      within(secrets).getByRole('link', { name: 'AUTH_TOKEN_ANYSCALE_BATCH' }),
    ).toHaveAttribute('href', '/secrets?q=AUTH_TOKEN_ANYSCALE_BATCH');
    expect(screen.getByRole('list', { name: 'Available operators' })).toHaveTextContent(
      'find_duplicates',
    );
  });

  it('deletes it once its instance ID is typed, leaving its secrets', async () => {
    const { user } = renderOrchestrator('anyscale-batch');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete anyscale-batch?' });
    expect(dialog).toHaveTextContent('Its secrets (AUTH_TOKEN_ANYSCALE_BATCH) stay under Secrets');
    const confirm = within(dialog).getByRole('button', { name: 'Delete orchestrator' });
    expect(confirm).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type anyscale-batch to confirm' }),
      'anyscale-batch',
    );
    await user.click(confirm);
    await expect
      .poll(() =>
        mockEngine.store.orchestrators.some((o) => o.instanceIdentifier === 'anyscale-batch'),
      )
      .toBe(false);
    expect(mockEngine.store.secrets.some((s) => s.key === 'AUTH_TOKEN_ANYSCALE_BATCH')).toBe(true);
  });

  it('says when no such orchestrator is registered', async () => {
    renderOrchestrator('nope');
    expect(await screen.findByText('No such orchestrator')).toBeInTheDocument();
  });
});
