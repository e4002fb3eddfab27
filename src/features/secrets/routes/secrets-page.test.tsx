import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockEngine, server } from '../../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { createQueryClient } from '../../../app/query-client.ts';
import { setConnection } from '../../../lib/connection.ts';
import { dismissNotification, getNotifications } from '../../../lib/notifications.ts';
import { pluginQueries } from '../../plugins/api/queries.ts';
import { prefetch } from '../api/prefetch.ts';
import { secretQueries } from '../api/queries.ts';
import { Component as SecretsPage } from './secrets-page.tsx';

function renderPage(path = '/secrets', as: 'admin' | 'member' = 'admin') {
  return renderWithProviders(<SecretsPage />, { path, routePath: '/secrets', as });
}

async function grid() {
  return screen.findByRole('table', { name: 'Secrets' });
}

function row(key: string) {
  const cell = within(screen.getByRole('table', { name: 'Secrets' })).getByText(key);
  const found = cell.closest('tr');
  if (!(found instanceof HTMLElement)) throw new Error(`no row for ${key}`);
  return found;
}

describe('Secrets page', () => {
  // Toasts are module-wide: one left by the previous test would hold this test's back.
  beforeEach(() => {
    for (const n of getNotifications()) dismissNotification(n.id);
  });

  it('lists every secret with what uses it, and searches in the URL', async () => {
    const { user, router } = renderPage();
    await grid();
    expect(await screen.findByText('LABELBOX_API_KEY')).toBeInTheDocument();
    // Orchestrator registrations stored their secrets too.
    expect(screen.getByText('CLIENT_SECRET_DBX_GPU_PROD')).toBeInTheDocument();
    const labelbox = row('LABELBOX_API_KEY');
    expect(
      await within(labelbox).findByRole('link', { name: 'Plugin @voxel51/annotation' }),
    ).toHaveAttribute('href', '/plugins/%40voxel51%2Fannotation');
    expect(
      within(labelbox).getByRole('link', { name: /Plugin @acme\/export-to-labelbox/ }),
    ).toBeInTheDocument();
    expect(
      within(row('AUTH_TOKEN_ANYSCALE_BATCH')).getByRole('link', {
        name: 'Orchestrator anyscale-batch',
      }),
    ).toBeInTheDocument();
    expect(within(row('HUGGINGFACE_TOKEN')).getByText('Nothing')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search secrets' }), 'slack');
    await expect.poll(() => router.state.location.search).toBe('?q=slack');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('SLACK_WEBHOOK_URL')).toBeInTheDocument();
  });

  it('lists the secrets plugins declare that do not exist yet, and adds one from there', async () => {
    const { user } = renderPage();
    const missing = await screen.findByRole('list', { name: 'Plugins with missing secrets' });
    const autoLabeler = within(missing).getByText('@acme/auto-labeler').closest('li');
    if (!autoLabeler) throw new Error('no @acme/auto-labeler entry');
    expect(autoLabeler).toHaveTextContent('OPENAI_API_KEY');
    expect(autoLabeler).not.toHaveTextContent('AWS_EXPORT_ROLE_ARN');

    await user.click(
      within(autoLabeler).getByRole('button', {
        name: 'Add OPENAI_API_KEY (declared by @acme/auto-labeler)',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add a secret' });
    expect(within(dialog).getByLabelText('Key')).toHaveValue('OPENAI_API_KEY');
    expect(dialog).toHaveTextContent('Declared by @acme/auto-labeler');
    await user.type(within(dialog).getByLabelText('Value'), 'sk-test-000');
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    await expect
      .poll(() => mockEngine.store.secrets.some((s) => s.key === 'OPENAI_API_KEY'))
      .toBe(true);
    await expect
      .poll(() => screen.queryByRole('button', { name: /Add OPENAI_API_KEY/ }))
      .toBeNull();
  });

  it('checks the key as you type, masks the value until revealed, and never shows it again', async () => {
    const { user } = renderPage();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Add secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a secret' });
    const key = within(dialog).getByLabelText('Key');
    await user.type(key, 'my api key');
    expect(await within(dialog).findByText('Use capital letters: MY_API_KEY')).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, 'LABELBOX_API_KEY');
    expect(
      await within(dialog).findByText(
        'A secret with this key already exists: rotate its value instead',
      ),
    ).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, 'MY_API_KEY');
    expect(within(dialog).queryByText(/already exists/)).not.toBeInTheDocument();

    const value = within(dialog).getByLabelText('Value');
    expect(value).toHaveAttribute('type', 'password');
    await user.type(value, 'p@ssw0rd-typed');
    await user.click(within(dialog).getByRole('button', { name: 'Show the value' }));
    expect(value).toHaveAttribute('type', 'text');
    await user.click(within(dialog).getByRole('button', { name: 'Hide the value' }));
    expect(value).toHaveAttribute('type', 'password');
    await user.type(within(dialog).getByLabelText('Description'), 'For the nightly job');
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));

    expect(await screen.findByText('Added the secret MY_API_KEY.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await within(await grid()).findByText('For the nightly job')).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('p@ssw0rd-typed');
    expect(JSON.stringify(mockEngine.store)).not.toContain('p@ssw0rd-typed');
  });

  it('keeps what was typed and shows the server’s refusal', async () => {
    const { user } = renderPage();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Add secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a secret' });
    await user.type(within(dialog).getByLabelText('Key'), 'NEW_TOKEN');
    // Someone else adds the same key after the dialog read the list: only the server knows.
    mockEngine.store.secrets.push({
      id: 'ffffffffffffffffffffffff',
      key: 'NEW_TOKEN',
      description: null,
      scope: 'GLOBAL',
      createdAt: '2026-01-01T00:00:00.000000+00:00',
      createdById: null,
      ciphertext: 'gAAAAAB-opaque',
    });
    await user.type(within(dialog).getByLabelText('Value'), 'typed-value');
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    expect(
      await within(dialog).findByText(
        'A secret with the key NEW_TOKEN already exists; update it instead',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Key')).toHaveValue('NEW_TOKEN');
    expect(within(dialog).getByLabelText('Value')).toHaveValue('typed-value');
  });

  it('rotates a value and edits a description', async () => {
    const { user } = renderPage();
    await grid();
    const before = mockEngine.store.secrets.find((s) => s.key === 'SLACK_WEBHOOK_URL');
    const ciphertext = before?.ciphertext;
    await within(row('SLACK_WEBHOOK_URL')).findByRole('link', {
      name: 'Plugin @acme/data-quality (disabled)',
    });
    await user.click(screen.getByRole('button', { name: 'Rotate SLACK_WEBHOOK_URL' }));
    const rotate = await screen.findByRole('dialog', { name: 'Rotate SLACK_WEBHOOK_URL' });
    expect(rotate).toHaveTextContent(
      'The plugin @acme/data-quality will use the new value from now on.',
    );
    await user.click(within(rotate).getByRole('button', { name: 'Replace the value' }));
    expect(await within(rotate).findByText('Enter the value')).toBeInTheDocument();
    await user.type(within(rotate).getByLabelText('New value'), 'https://hooks.example/new');
    await user.click(within(rotate).getByRole('button', { name: 'Replace the value' }));
    expect(await screen.findByText('Rotated the value of SLACK_WEBHOOK_URL.')).toBeInTheDocument();
    const after = mockEngine.store.secrets.find((s) => s.key === 'SLACK_WEBHOOK_URL');
    expect(after?.ciphertext).not.toBe(ciphertext);
    expect(after?.description).toBe(before?.description);

    await user.click(screen.getByRole('button', { name: 'Describe SLACK_WEBHOOK_URL' }));
    const describe = await screen.findByRole('dialog', { name: 'Describe SLACK_WEBHOOK_URL' });
    await user.clear(within(describe).getByLabelText('Description'));
    await user.type(within(describe).getByLabelText('Description'), 'Webhook for #alerts');
    await user.click(within(describe).getByRole('button', { name: 'Save description' }));
    await expect
      .poll(() => mockEngine.store.secrets.find((s) => s.key === 'SLACK_WEBHOOK_URL')?.description)
      .toBe('Webhook for #alerts');
    expect(mockEngine.store.secrets.find((s) => s.key === 'SLACK_WEBHOOK_URL')?.ciphertext).toBe(
      after?.ciphertext,
    );
  });

  it('deletes only once the key is typed, naming the plugins that lose it', async () => {
    const { user } = renderPage();
    await grid();
    // Once the table knows what uses each secret (its rows re-render then).
    await within(row('LABELBOX_API_KEY')).findByRole('link', {
      name: 'Plugin @voxel51/annotation',
    });
    await user.click(screen.getByRole('button', { name: 'Delete LABELBOX_API_KEY' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete the secret LABELBOX_API_KEY?',
    });
    expect(dialog).toHaveTextContent(
      'These plugins declare it and lose it: @acme/export-to-labelbox, @voxel51/annotation.',
    );
    const confirmButton = within(dialog).getByRole('button', { name: 'Delete secret' });
    expect(confirmButton).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText('Type LABELBOX_API_KEY to confirm'),
      'LABELBOX_API_KEY',
    );
    await user.click(confirmButton);
    await expect
      .poll(() => mockEngine.store.secrets.some((s) => s.key === 'LABELBOX_API_KEY'))
      .toBe(false);
    expect(await screen.findByText('Deleted the secret LABELBOX_API_KEY.')).toBeInTheDocument();
    // The plugins that declare it now miss it.
    const missing = await screen.findByRole('list', { name: 'Plugins with missing secrets' });
    expect(
      within(missing).getByRole('button', {
        name: /Add LABELBOX_API_KEY \(declared by @acme\/export-to-labelbox\)/,
      }),
    ).toBeInTheDocument();
  });

  it('says what failed and retries once the fault clears', async () => {
    const { user, router } = renderPage();
    await screen.findByText('LABELBOX_API_KEY');
    mockEngine.setScenario('server-error');
    await user.click(within(await grid()).getByText('Created'));
    const alert = (await screen.findByText(/^Loading secrets failed/)).closest('[role="alert"]');
    if (!(alert instanceof HTMLElement)) throw new Error('no alert');
    expect(alert).toHaveTextContent('Internal server error (simulated)');
    expect(router.state.location.search).toBe('?sort=createdAt');
    mockEngine.setScenario(null);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect.poll(() => screen.queryByText(/secrets failed/)).toBeNull();
    const oldest = [...mockEngine.store.secrets].sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    )[0];
    const firstRow = within(await grid()).getAllByRole('row')[1];
    expect(firstRow).toHaveTextContent(oldest?.key ?? 'no secrets');
  });

  it('still lists the secrets on an API that refuses the orchestrators’ secret names', async () => {
    // A deployment without the `[ext]` field `Orchestrator.secrets` refuses the page's document.
    server.use(
      http.post('*/graphql/v1', async ({ request }) => {
        const body = (await request.clone().json()) as { query?: string };
        if (!body.query?.includes('query SecretsPage')) return undefined;
        return HttpResponse.json({
          errors: [
            {
              message: 'Cannot query field "secrets" on type "Orchestrator".',
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            },
          ],
        });
      }),
    );
    try {
      renderPage();
      expect(await screen.findByText('LABELBOX_API_KEY')).toBeInTheDocument();
      const alert = (
        await screen.findByText(
          /^Finding the plugins and orchestrators that use each secret failed/,
        )
      ).closest('[role="alert"]');
      expect(alert).toHaveTextContent('Cannot query field "secrets" on type "Orchestrator".');
      // What uses a secret is unknown, not "Nothing".
      expect(within(row('HUGGINGFACE_TOKEN')).queryByText('Nothing')).not.toBeInTheDocument();
    } finally {
      server.resetHandlers();
    }
  });

  it('explains the area to a member instead of failing', async () => {
    renderPage('/secrets', 'member');
    expect(await screen.findByText(/Only admins can manage secrets/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  describe('first view', () => {
    // The operation names of the GraphQL requests sent, in order ("SecretsPage", "Viewer", …).
    const sent: Promise<string>[] = [];
    const record = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/graphql/v1')) sent.push(request.clone().text().then(operationOf));
    };
    beforeEach(() => server.events.on('request:start', record));
    afterEach(() => {
      server.events.removeListener('request:start', record);
      sent.length = 0;
    });
    /**
     * What the page asked for, leaving out who is signed in and what the server offers (the
     * shell asks for those, once per connection).
     */
    const pageRequests = async () =>
      (await Promise.all(sent)).filter((name) => name !== 'Viewer' && name !== 'ServerFeatures');

    it('is one GraphQL request, which also fills the plugins area’s cache', async () => {
      const { queryClient } = renderPage();
      await screen.findByText('LABELBOX_API_KEY');
      expect(
        await within(row('LABELBOX_API_KEY')).findByRole('link', {
          name: 'Plugin @voxel51/annotation',
        }),
      ).toBeInTheDocument();
      expect(within(row('AUTH_TOKEN_ANYSCALE_BATCH')).getByRole('link')).toHaveAccessibleName(
        'Orchestrator anyscale-batch',
      );
      expect(
        await screen.findByRole('list', { name: 'Plugins with missing secrets' }),
      ).toBeVisible();
      // Nothing follows once every part of the page shows.
      await expect.poll(() => queryClient.isFetching()).toBe(0);
      expect(await pageRequests()).toEqual(['SecretsPage']);
      // Other pages that show the plugins (with the built-in ones) or the secrets find them.
      expect(queryClient.getQueryState(pluginQueries.list(true).queryKey)?.isInvalidated).toBe(
        false,
      );
      expect(queryClient.getQueryData(pluginQueries.list(true).queryKey)).toContainEqual(
        expect.objectContaining({ name: '@voxel51/annotation' }),
      );
      expect(queryClient.getQueryData(secretQueries.list('key', 'asc').queryKey)).toContainEqual(
        expect.objectContaining({ key: 'LABELBOX_API_KEY' }),
      );
    });

    it('is started by the route’s prefetch, as the same one request', async () => {
      setConnection({ apiUrl: '', apiKey: persona('admin').apiKey });
      const queryClient = createQueryClient();
      prefetch(queryClient, new URL('http://console.test/secrets?sort=createdAt&dir=desc'));
      await expect
        .poll(() => queryClient.getQueryData(secretQueries.page('createdAt', 'desc').queryKey))
        .toBeDefined();
      expect(queryClient.getQueryData(pluginQueries.list(true).queryKey)).toBeDefined();
      expect(await pageRequests()).toEqual(['SecretsPage']);
    });
  });
});

function operationOf(body: string): string {
  const parsed: unknown = JSON.parse(body);
  const query =
    typeof parsed === 'object' && parsed !== null && 'query' in parsed ? parsed.query : null;
  return typeof query === 'string' ? (/\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '') : '';
}
