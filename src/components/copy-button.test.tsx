import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COPIED_RESET_MS, CopyButton } from './copy-button.tsx';

describe('CopyButton', () => {
  it('copies, says "Copied", and after a moment offers to copy again', async () => {
    const user = userEvent.setup();
    render(<CopyButton value="https://example.com/invite/abc" label="Copy link" />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('https://example.com/invite/abc');
    expect(
      await screen.findByRole('button', { name: 'Copy link' }, { timeout: COPIED_RESET_MS * 2 }),
    ).toBeInTheDocument();
  });
});
