import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { hashKey } from '../../../../mocks/engine/hash.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { ApiKeysPanel } from './api-keys-panel.tsx';

function memberId(): string {
  const member = mockEngine.store.users.find((u) => u.email === persona('member').email);
  if (!member) throw new Error('no member persona');
  return member.id;
}

describe('ApiKeysPanel', () => {
  it('asks for a name next to the field', async () => {
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={memberId()} owner={null} isGuest={false} />,
      { as: 'member' },
    );
    await user.click(await screen.findByRole('button', { name: 'Generate key' }));
    await user.click(screen.getByRole('button', { name: 'Generate key' }));
    expect(await screen.findByText(/Give the key a name/)).toBeInTheDocument();
  });

  it('shows a generated key exactly once, and it authenticates', async () => {
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={memberId()} owner={null} isGuest={false} />,
      { as: 'member' },
    );
    await user.click(await screen.findByRole('button', { name: 'Generate key' }));
    await user.type(screen.getByLabelText('Key name'), 'nightly-export');
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Generate key' }),
    );
    const shown = await screen.findByLabelText('New API key');
    const raw = shown.textContent;
    expect(raw).toMatch(/\S{16,}/);
    expect(screen.getByText(/cannot be shown again/)).toBeInTheDocument();
    expect(mockEngine.store.apiKeys.some((k) => k.keyHash === hashKey(raw))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    const table = await screen.findByRole('table', { name: 'your API keys' });
    expect(await within(table).findByText('nightly-export')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(raw);
  });

  it('deletes a key after confirmation, and the key stops working', async () => {
    const id = memberId();
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={id} owner={{ name: 'Milo Okafor' }} isGuest={false} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Delete key demo key' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      'Milo Okafor’s key “demo key” stops working',
    );
    await user.click(screen.getByRole('button', { name: 'Delete key' }));
    await expect
      .poll(() => mockEngine.store.apiKeys.some((k) => k.userId === id && k.name === 'demo key'))
      .toBe(false);
    const response = await fetch('http://localhost/graphql/v1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': persona('member').apiKey },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('says plainly that your only key is the one this console is signed in with', async () => {
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={memberId()} owner={null} isGuest={false} />,
      { as: 'member' },
    );
    await user.click(await screen.findByRole('button', { name: 'Delete key demo key' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      'This is the key this console is signed in with: the console stops working for you at once and asks for another key',
    );
  });

  it('says that one of your keys is the console’s when you have several', async () => {
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={memberId()} owner={null} isGuest={false} />,
      { as: 'member' },
    );
    await user.click(await screen.findByRole('button', { name: 'Generate key' }));
    await user.type(screen.getByLabelText('Key name'), 'nightly-export');
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Generate key' }),
    );
    await user.click(await screen.findByRole('button', { name: 'I have copied it' }));
    await user.click(await screen.findByRole('button', { name: 'Delete key nightly-export' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      'One of your keys is the one this console is signed in with. If it is this one, the console stops working',
    );
  });

  it('does not warn about the console’s key for another user’s keys', async () => {
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={memberId()} owner={{ name: 'Milo Okafor' }} isGuest={false} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Delete key demo key' }));
    expect(await screen.findByRole('dialog')).not.toHaveTextContent(/signed in with/);
  });

  it('explains that guests cannot have keys', () => {
    renderWithProviders(<ApiKeysPanel userId="any" owner={{ name: 'A guest' }} isGuest />);
    expect(screen.getByText('Guests cannot create or use API keys.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Generate key' })).not.toBeInTheDocument();
  });
});
