import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-error.ts';
import { ErrorState } from './error-state.tsx';

describe('ErrorState', () => {
  it('says it is retrying until the retry settles, and does not retry twice meanwhile', async () => {
    const user = userEvent.setup();
    let settle: () => void = () => undefined;
    let calls = 0;
    const onRetry = () => {
      calls += 1;
      return new Promise<void>((resolve) => {
        settle = resolve;
      });
    };
    render(
      <ErrorState
        what="Loading users"
        error={new ApiError('server', ['Internal server error'])}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Loading users failed');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const busy = screen.getByRole('button', { name: 'Retrying…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(calls).toBe(1);
    settle();
    expect(await screen.findByRole('button', { name: 'Retry' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(calls).toBe(2);
  });
});
