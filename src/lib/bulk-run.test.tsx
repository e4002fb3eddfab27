import { beforeEach, describe, expect, it } from 'vitest';
import { mockEngine } from '../../mocks/node.ts';
import { persona } from '../../tests/render.tsx';
import { SendInvitationMutation } from '../features/users/api/documents.ts';
import {
  BULK_CONCURRENCY,
  countRows,
  interruptedBulkRuns,
  newBulkRun,
  requeue,
  runBulk,
  type BulkRunState,
} from './bulk-run.ts';
import { setConnection } from './connection.ts';
import { gqlMutation } from './transport.ts';

// The runner against the mock API: real invitations, refused as the server refuses them.

beforeEach(() => setConnection({ apiUrl: '', apiKey: persona('admin').apiKey }));

function invitations(emails: string[]) {
  const run = newBulkRun(
    'Invite from CSV',
    'users',
    emails.map((email) => ({ key: email, label: email })),
  );
  const inputs = new Map(emails.map((email) => [email, email]));
  let inFlight = 0;
  let peak = 0;
  const perform = async (email: string) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    try {
      return await gqlMutation(SendInvitationMutation, { email, role: 'GUEST' });
    } finally {
      inFlight -= 1;
    }
  };
  return { run, inputs, perform, peak: () => peak };
}

const fresh = (n: number, prefix = 'bulk') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`);

describe('runBulk', () => {
  it('sends every row, at most three at a time, with the server message for each refusal', async () => {
    const member = mockEngine.store.users[0]?.email ?? '';
    const { run, inputs, perform, peak } = invitations([...fresh(8), member]);
    const ended = await runBulk(
      run,
      inputs,
      perform,
      () => undefined,
      new AbortController().signal,
    );
    expect(ended.phase).toBe('finished');
    expect(countRows(ended.rows)).toMatchObject({ done: 8, failed: 1, notSent: 0 });
    expect(ended.rows.find((row) => row.key === member)?.message).toMatch(/already/i);
    expect(peak()).toBeLessThanOrEqual(BULK_CONCURRENCY);
    expect(peak()).toBeGreaterThan(1);
    const invited = new Set(mockEngine.store.invitations.map((i) => i.email));
    expect(fresh(8).every((email) => invited.has(email))).toBe(true);
  });

  it('stops sending on cancel, keeps what was done and lists what was not sent', async () => {
    const { run, inputs, perform } = invitations(fresh(12));
    const abort = new AbortController();
    const ended = await runBulk(
      run,
      inputs,
      async (email: string) => {
        const result = await perform(email);
        abort.abort();
        return result;
      },
      () => undefined,
      abort.signal,
    );
    const counts = countRows(ended.rows);
    expect(ended.phase).toBe('cancelled');
    expect(counts.done).toBeGreaterThan(0);
    expect(counts.done).toBeLessThanOrEqual(BULK_CONCURRENCY);
    expect(counts.notSent).toBe(12 - counts.done);
    const invited = new Set(mockEngine.store.invitations.map((i) => i.email));
    for (const row of ended.rows) expect(invited.has(row.key)).toBe(row.status === 'done');
  });

  it('retries only the failed rows once the fault clears', async () => {
    const { run, inputs, perform } = invitations(fresh(4));
    mockEngine.setScenario('server-error');
    const failed = await runBulk(
      run,
      inputs,
      perform,
      () => undefined,
      new AbortController().signal,
    );
    expect(countRows(failed.rows)).toMatchObject({ done: 0, failed: 4 });
    expect(failed.rows[0]?.message).toMatch(/server error/i);
    mockEngine.setScenario(null);
    const retried = await runBulk(
      requeue(failed),
      inputs,
      perform,
      () => undefined,
      new AbortController().signal,
    );
    expect(countRows(retried.rows)).toMatchObject({ done: 4, failed: 0 });
  });

  it('leaves in this tab what a reload needs: applied, not applied, and sent without an answer', async () => {
    const { run, inputs } = invitations(fresh(9));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let seen: BulkRunState | null = null;
    let answered = 0;
    const running = runBulk(
      run,
      inputs,
      async (email: string) => {
        // The first three are answered; the next three stay in flight, as at a reload.
        if (answered >= 3) await held;
        answered += 1;
        return gqlMutation(SendInvitationMutation, { email, role: 'GUEST' });
      },
      (state) => {
        seen = state;
      },
      new AbortController().signal,
    );
    await expect.poll(() => answered).toBe(3);
    await expect
      .poll(() => {
        const [interrupted] = interruptedBulkRuns('users');
        return interrupted ? countRows(interrupted.rows) : null;
      })
      .toMatchObject({ total: 9, done: 3, sending: 3, notSent: 3 });
    expect(seen).not.toBeNull();
    release();
    await running;
    expect(interruptedBulkRuns('users')).toEqual([]);
  });
});
