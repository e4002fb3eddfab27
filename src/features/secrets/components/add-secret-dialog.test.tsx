import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import { AddSecretDialog } from './add-secret-dialog.tsx';

function renderDialog() {
  const result = renderWithProviders(
    <AddSecretDialog existingKeys={new Set()} onClose={() => undefined} />,
  );
  return { ...result, dialog: screen.getByRole('dialog', { name: 'Add a secret' }) };
}

describe('Add a secret', () => {
  it('offers the UPPER_SNAKE_CASE key in one click', async () => {
    const { user, dialog } = renderDialog();
    const key = within(dialog).getByLabelText('Key');
    await user.type(key, 'my api-key');
    expect(key).toHaveAccessibleDescription(/Use capital letters: MY_API_KEY/);
    await user.click(within(dialog).getByRole('button', { name: 'Use MY_API_KEY' }));
    expect(key).toHaveValue('MY_API_KEY');
    expect(key).toHaveAccessibleDescription(/UPPER_SNAKE_CASE, as plugins read it/);
    expect(within(dialog).queryByRole('button', { name: /^Use / })).not.toBeInTheDocument();
  });

  it('refuses a value that is only spaces, and keeps what was typed', async () => {
    const { user, dialog } = renderDialog();
    await user.type(within(dialog).getByLabelText('Key'), 'BLANK_VALUE');
    const value = within(dialog).getByLabelText('Value');
    await user.type(value, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    expect(value).toHaveAccessibleDescription('The value is only spaces: enter the secret itself');
    expect(value).toHaveValue('   ');
    expect(mockEngine.store.secrets.some((s) => s.key === 'BLANK_VALUE')).toBe(false);
  });

  it('counts the description and flags it over the limit as you type, without cutting it', () => {
    const { dialog } = renderDialog();
    const description = within(dialog).getByLabelText('Description');
    expect(description).toHaveAccessibleDescription(/0 \/ 500$/);
    const long = 'd'.repeat(LIMITS.secretDescription + 1);
    // One change event: typing 501 characters one by one would only slow the test down.
    fireEvent.change(description, { target: { value: long } });
    expect(description).toHaveValue(long);
    expect(description).toHaveAccessibleDescription(`${tooLongMessage(500)} 501 / 500`);
    expect(description).toHaveAttribute('aria-invalid', 'true');
  });
});
