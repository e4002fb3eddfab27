import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockEngine } from '../../mocks/node.ts';
import { renderWithProviders } from '../../tests/render.tsx';
import { Component as OrchestratorDetailPage } from '../features/orchestrators/routes/orchestrator-detail-page.tsx';
import { Component as OrchestratorsPage } from '../features/orchestrators/routes/orchestrators-page.tsx';
import { Component as PluginDetailPage } from '../features/plugins/routes/plugin-detail-page.tsx';
import { Component as SecretsPage } from '../features/secrets/routes/secrets-page.tsx';
import { Component as SnapshotsPage } from '../features/snapshots/routes/snapshots-page.tsx';

// The pages that use [ext] fields, on a server with only the published schema (the mock in
// SCHEMA=published mode): each works, and says plainly what this server does not offer.

beforeEach(() => mockEngine.setSchemaMode('published'));

describe('On the published server', () => {
  it('lists orchestrators without their environment and offers no registration', async () => {
    renderWithProviders(<OrchestratorsPage />, { path: '/orchestrators' });
    const grid = await screen.findByRole('table', { name: 'Orchestrators' });
    expect(await within(grid).findByText('anyscale-batch')).toBeInTheDocument();
    expect(
      screen.getByText(/This server does not offer registering or deleting orchestrators/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register orchestrator' })).toBeNull();
  });

  it('shows an orchestrator with what is reported, and no Delete', async () => {
    renderWithProviders(<OrchestratorDetailPage />, {
      path: '/orchestrators/anyscale-batch',
      routePath: '/orchestrators/:instanceId',
    });
    const about = await screen.findByRole('table', { name: 'About the orchestrator' });
    expect(within(about).getByRole('row', { name: /Environment/ })).toHaveTextContent(
      'Not reported',
    );
    expect(screen.getAllByText('This server does not report it.')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'Available operators' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('shows a plugin, saying its declared secrets are not reported', async () => {
    renderWithProviders(<PluginDetailPage />, {
      path: `/plugins/${encodeURIComponent('@acme/auto-labeler')}`,
      routePath: '/plugins/:pluginName',
    });
    const about = await screen.findByRole('table', { name: 'About the plugin' });
    expect(within(about).getByRole('row', { name: /Secrets it uses/ })).toHaveTextContent(
      'This server does not report the secrets a plugin declares.',
    );
  });

  it('lists secrets without their users, offers no rotation, and still edits a description', async () => {
    const { user } = renderWithProviders(<SecretsPage />, {
      path: '/secrets',
      routePath: '/secrets',
    });
    const grid = await screen.findByRole('table', { name: 'Secrets' });
    expect(within(grid).getByText('SLACK_WEBHOOK_URL')).toBeInTheDocument();
    expect(
      screen.getByText(/This server does not say which plugins and orchestrators use each secret/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rotate SLACK_WEBHOOK_URL' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Describe SLACK_WEBHOOK_URL' }));
    const describe = await screen.findByRole('dialog', { name: 'Describe SLACK_WEBHOOK_URL' });
    await user.clear(within(describe).getByLabelText('Description'));
    await user.type(within(describe).getByLabelText('Description'), 'Webhook for #alerts');
    await user.click(within(describe).getByRole('button', { name: 'Save description' }));
    await expect
      .poll(() => mockEngine.store.secrets.find((s) => s.key === 'SLACK_WEBHOOK_URL')?.description)
      .toBe('Webhook for #alerts');
  });

  it('shows a snapshot history and a snapshot without archival', async () => {
    renderWithProviders(<SnapshotsPage />, {
      as: 'manager',
      path: '/snapshots/warehouse-robots-v3/v1.0-baseline',
      routePath: '/snapshots/:datasetName?/:snapshotName?',
    });
    const panel = await screen.findByRole('region', { name: 'Snapshot v1.0-baseline' });
    expect(within(panel).getByRole('button', { name: 'Revert to this snapshot' })).toBeEnabled();
    expect(within(panel).queryByRole('button', { name: 'Archive' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Snapshot history' })).toBeInTheDocument();
  });
});
