import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine, server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as SettingsPage } from '../routes/settings-page.tsx';

const DAY_MS = 24 * 60 * 60 * 1000;

function renderCredentials(search = '', as: 'admin' | 'member' = 'admin') {
  return renderWithProviders(<SettingsPage />, {
    path: `/settings/credentials${search}`,
    routePath: '/settings/*',
    as,
  });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

/** The rows of a section's table that hold `text` (header rows hold none of it). */
function rowsWith(sectionName: string, text: string | RegExp) {
  return within(section(sectionName))
    .getAllByRole('row')
    .filter((row) =>
      typeof text === 'string' ? row.textContent.includes(text) : text.test(row.textContent),
    );
}

function userNamed(name: string) {
  const user = mockEngine.store.users.find((u) => u.name === name);
  if (!user) throw new Error(`no user ${name}`);
  return user;
}

describe('Settings › Credentials', () => {
  it('flags the API keys older than a year, each linking to where it is deleted', async () => {
    renderCredentials();
    const findings = await screen.findByRole('list', { name: 'Findings' });
    expect(await within(findings).findByText('1 API key is older than 1 year')).toBeVisible();
    const stale = rowsWith('API keys', 'Older than 1 year');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toHaveTextContent('legacy-export');
    expect(stale[0]).toHaveTextContent('Tomás Herrera');
    expect(
      within(stale[0] ?? document.body).getByRole('link', {
        name: 'Delete legacy-export of Tomás Herrera on their page',
      }),
    ).toHaveAttribute('href', `/users/${userNamed('Tomás Herrera').id}`);
  });

  it('flags the keys older than the age chosen, the choice kept in the URL', async () => {
    const { user, router } = renderCredentials();
    const findings = await screen.findByRole('list', { name: 'Findings' });
    await within(findings).findByText('1 API key is older than 1 year');
    await user.click(screen.getByRole('combobox', { name: 'Flag keys older than' }));
    await user.click(screen.getByRole('option', { name: '90 days' }));
    await expect.poll(() => router.state.location.search).toBe('?age=90');
    const now = Date.now();
    const older = mockEngine.store.apiKeys.filter(
      (key) => now - Date.parse(key.createdAt) > 90 * DAY_MS,
    );
    expect(older.length).toBeGreaterThan(1);
    expect(rowsWith('API keys', 'Older than 90 days')).toHaveLength(older.length);
    expect(
      within(findings).getByText(`${older.length} API keys are older than 90 days`),
    ).toBeVisible();
  });

  it('flags the keys held by collaborators, and shows only flagged keys on request', async () => {
    const { user, router } = renderCredentials();
    await screen.findByRole('list', { name: 'Findings' });
    const collaboratorKeys = await screen.findAllByText('Owner is a collaborator');
    const byCollaborators = mockEngine.store.apiKeys.filter(
      (key) => mockEngine.store.users.find((u) => u.id === key.userId)?.role === 'COLLABORATOR',
    );
    expect(collaboratorKeys).toHaveLength(byCollaborators.length);
    expect(rowsWith('API keys', 'labeling-sync')[0]).toHaveTextContent('Owner is a collaborator');
    expect(
      screen.getByText(`${byCollaborators.length} API keys belong to collaborators or guests`),
    ).toBeVisible();

    await user.click(screen.getByRole('switch', { name: 'Only flagged keys' }));
    await expect.poll(() => router.state.location.search).toBe('?flagged=1');
    // The stale key and the collaborators' keys; nobody else's.
    expect(rowsWith('API keys', /@/)).toHaveLength(byCollaborators.length + 1);
    expect(rowsWith('API keys', 'ci-pipeline')).toHaveLength(0);
  });

  it('flags the secret nothing uses and lists the declared secrets that do not exist', async () => {
    renderCredentials();
    expect(await screen.findByText('1 secret is used by no plugin or orchestrator')).toBeVisible();
    // The issue asked for "last updated"; the API has no such date, and the page says so.
    expect(
      screen.getByText(
        'No “last updated” date: the API reports when each secret was created, not when it was last updated or its value replaced.',
      ),
    ).toBeVisible();
    const unused = rowsWith('Secrets', 'Unused');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toHaveTextContent('HUGGINGFACE_TOKEN');
    expect(
      within(unused[0] ?? document.body).getByRole('link', {
        name: 'Rotate or delete HUGGINGFACE_TOKEN on the secrets page',
      }),
    ).toHaveAttribute('href', '/secrets?q=HUGGINGFACE_TOKEN');
    // An orchestrator's stored secret is in use, by that orchestrator.
    expect(rowsWith('Secrets', 'AUTH_TOKEN_ANYSCALE_BATCH')[0]).not.toHaveTextContent('Unused');

    expect(screen.getByText('3 plugins declare secrets that do not exist')).toBeVisible();
    const missing = screen.getByRole('list', { name: 'Secrets plugins declare that do not exist' });
    expect(
      within(missing).getByRole('link', { name: /Add CVAT_PASSWORD \(declared by/ }),
    ).toHaveAttribute('href', '/secrets?q=CVAT_PASSWORD');
    // Values are never read, so never shown.
    expect(document.body).not.toHaveTextContent(mockEngine.store.secrets[0]?.ciphertext ?? '-');
  });

  it('flags cloud credentials whose buckets overlap', async () => {
    mockEngine.store.cloudCredentials.push({
      id: 'eeeeeeeeeeeeeeeeeeeeeeee',
      provider: 'AWS',
      prefixes: ['acme-labels/2026/'],
      description: 'Labels of 2026, read-only',
      createdAt: '2026-01-01T00:00:00.000000+00:00',
      createdById: userNamed('Tomás Herrera').id,
      ciphertext: 'gAAAAAB-opaque',
    });
    renderCredentials();
    expect(
      await screen.findByText('2 sets of cloud credentials overlap another set'),
    ).toBeVisible();
    expect(rowsWith('Cloud credentials', 'acme-labels/2026/')[0]).toHaveTextContent(
      'Overlaps AWS acme-raw-data, acme-labels',
    );
    const other = rowsWith('Cloud credentials', 'Overlaps AWS acme-labels/2026/');
    expect(other).toHaveLength(1);
    expect(other[0]).toHaveTextContent('acme-raw-data');
    // The provider's default set serves only buckets no other set names: no overlap.
    expect(rowsWith('Cloud credentials', 'Default for AWS')[0]).toHaveTextContent('None');
  });

  it('reads a large organization page by page, in one request per page', async () => {
    const graphqlRequests: string[] = [];
    const count = ({ request }: { request: Request }) => {
      if (!request.url.endsWith('/graphql/v1')) return;
      void request
        .clone()
        .json()
        .then((body: { query: string }) => {
          graphqlRequests.push(/(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '?');
        });
    };
    server.events.on('request:start', count);
    // 1,200 more people: three pages of 500. The last of them, by name, holds an old key.
    const start = Date.parse('2024-01-01T00:00:00Z');
    for (let i = 0; i < 1200; i++) {
      const id = (0xa00000 + i).toString(16).padStart(24, '0');
      mockEngine.store.users.push({
        id,
        email: `person${i}@acme.ai`,
        name: `Zz Person ${String(i).padStart(4, '0')}`,
        role: 'MEMBER',
        picture: null,
        createdAt: '2024-01-01T00:00:00.000000+00:00',
      });
    }
    mockEngine.store.apiKeys.push({
      id: 'dddddddddddddddddddddddd',
      userId: (0xa00000 + 1199).toString(16).padStart(24, '0'),
      name: 'forgotten-cron',
      createdAt: new Date(start + DAY_MS).toISOString().replace('Z', '000+00:00'),
      keyHash: 'not-a-real-hash',
    });
    renderCredentials('?flagged=1');
    // Three pages through the mock on a shared machine: room for it.
    expect(
      await screen.findByText('2 API keys are older than 1 year', {}, { timeout: 20_000 }),
    ).toBeVisible();
    expect(rowsWith('API keys', 'forgotten-cron')[0]).toHaveTextContent('Zz Person 1199');
    server.events.removeListener('request:start', count);
    // Who is signed in and what the server offers (the shell's one request), the secrets with
    // their users, and three pages of people, the first with the cloud credentials.
    expect(graphqlRequests.sort()).toEqual([
      'CredentialOwnersPage',
      'CredentialOwnersPage',
      'CredentialsFirstPage',
      'SecretsPage',
      'Viewer',
    ]);
  });

  it('on a server with only the published schema, lists everything and says what it cannot tell', async () => {
    mockEngine.setSchemaMode('published');
    renderCredentials();
    expect(await screen.findByText('1 API key is older than 1 year')).toBeVisible();
    expect(
      await screen.findByText(
        /Which secrets are unused, and which secrets plugins declare that do not exist, cannot be reported: this server does not say/,
      ),
    ).toBeVisible();
    expect(rowsWith('Secrets', 'HUGGINGFACE_TOKEN')[0]).toHaveTextContent('Unknown');
    expect(rowsWith('Secrets', 'Unused')).toHaveLength(0);
    expect(
      screen.getByText(/Unused secrets and missing declared secrets cannot be reported/),
    ).toBeVisible();
  });

  it('is for admins only', async () => {
    renderCredentials('', 'member');
    expect(
      await screen.findByText(/Only admins can manage the organization's credentials/),
    ).toBeVisible();
    expect(screen.queryByRole('tab', { name: 'Credentials' })).not.toBeInTheDocument();
  });
});
