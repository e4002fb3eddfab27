import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { ApiKeysPanel } from './api-keys-panel.tsx';

function memberId(): string {
  const member = mockEngine.store.users.find((u) => u.email === persona('member').email);
  if (!member) throw new Error('no member persona');
  return member.id;
}

function backdrop(): Element {
  const found = document.querySelector('.MuiBackdrop-root');
  if (!found) throw new Error('no dialog backdrop');
  return found;
}

describe('Generate key dialog', () => {
  it('keeps a key shown once open on Escape or a click outside, until "I have copied it"', async () => {
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={memberId()} owner={null} isGuest={false} />,
      { as: 'member' },
    );
    await user.click(await screen.findByRole('button', { name: 'Generate key' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Key name'), 'ci-runner');
    await user.click(within(dialog).getByRole('button', { name: 'Generate key' }));
    const key = await screen.findByLabelText('New API key');

    await user.keyboard('{Escape}');
    await user.click(backdrop());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(key).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(await screen.findByRole('table', { name: 'your API keys' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes on Escape before a key exists (nothing to lose yet)', async () => {
    const { user } = renderWithProviders(
      <ApiKeysPanel userId={memberId()} owner={null} isGuest={false} />,
      { as: 'member' },
    );
    await user.click(await screen.findByRole('button', { name: 'Generate key' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
  });
});
