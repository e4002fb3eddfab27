import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../mocks/node.ts';
import { persona, renderWithProviders } from '../../../tests/render.tsx';
import { sessionQueries } from '../../features/session/api/viewer.ts';
import { CreateGroupDialog } from '../../features/groups/components/create-group-dialog.tsx';
import { getConnection } from '../../lib/connection.ts';
import { ConnectionGate } from './connection-gate.tsx';

/** A form behind the gate, signed in as the admin, with a group's name typed into it. */
async function typedFormBehindTheGate() {
  const view = renderWithProviders(
    <ConnectionGate>
      <CreateGroupDialog onClose={() => undefined} onCreated={() => undefined} />
    </ConnectionGate>,
  );
  // Who is signed in, as the shell has read it by the time anyone types.
  await view.queryClient.query(sessionQueries.viewer());
  await view.user.type(screen.getByLabelText(/^Name/), 'night-shift');
  // The key is revoked meanwhile: the next request is refused.
  mockEngine.setScenario('invalid-key');
  await view.user.click(screen.getByRole('button', { name: 'Create group' }));
  const ask = await screen.findByRole('dialog', { name: 'Connect to FiftyOne Enterprise' });
  mockEngine.setScenario(null);
  return { ...view, ask };
}

describe('ConnectionGate', () => {
  it('asks for another key over the page when the key is refused, and the same person carries on with what they typed', async () => {
    const { user, ask, queryClient } = await typedFormBehindTheGate();
    expect(within(ask).getAllByRole('alert')[0]).toHaveTextContent(
      'Invalid API key: the key is unknown or has been revoked. Enter another API key to continue.',
    );

    await user.type(within(ask).getByLabelText(/API key/), persona('admin').apiKey);
    await user.click(within(ask).getByRole('button', { name: 'Connect' }));

    // The form is still there, as typed, and goes through with the new key.
    expect(await screen.findByLabelText(/^Name/)).toHaveValue('night-shift');
    expect(screen.queryByRole('dialog', { name: 'Connect to FiftyOne Enterprise' })).toBeNull();
    expect(queryClient.getQueryData(sessionQueries.viewer().queryKey)?.email).toBe(
      persona('admin').email,
    );
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    expect(await screen.findByText('Group night-shift created.')).toBeInTheDocument();
  });

  it("starts afresh with someone else's key: nothing read for the person before stays", async () => {
    const { user, ask, queryClient } = await typedFormBehindTheGate();

    await user.type(within(ask).getByLabelText(/API key/), persona('member').apiKey);
    await user.click(within(ask).getByRole('button', { name: 'Connect' }));

    await screen.findByLabelText(/^Name/);
    expect(getConnection()?.apiKey).toBe(persona('member').apiKey);
    // The admin's reads are gone from the cache (the shell then mounts every view afresh).
    expect(queryClient.getQueryData(sessionQueries.viewer().queryKey)).toBeUndefined();
  });
});
