import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { seatUsage } from '../../../../mocks/engine/rules/seats.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { InviteCsvDialog } from './invite-csv-dialog.tsx';

function rowOf(line: number) {
  const table = screen.getByRole('table', { name: 'Rows to invite' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell')[0]?.textContent === String(line));
  if (!row) throw new Error(`No row for line ${line}`);
  return row;
}

describe('Invite from CSV', () => {
  it('reads a messy file, checks every row, lets rows be dropped and sends the rest', async () => {
    const store = mockEngine.store;
    const member = store.users.find((u) => u.role === 'MEMBER')?.email ?? '';
    const invited = store.invitations[0]?.email ?? '';
    expect(member && invited).toBeTruthy();
    // One guest seat left: the second guest row has none.
    store.licence.guests = seatUsage(store, Date.now()).guests.current + 1;
    const csv =
      '\uFEFF"E-mail";"Role";"Groups"\r\n' +
      'new.person@example.com;member;"Research|Annotators"\r\n' +
      'not-an-email;Member;\r\n' +
      'NEW.person@example.com;Guest;\r\n' +
      `${member};Member;\r\n` +
      `${invited};Guest;\r\n` +
      'someone@example.com;Overlord;\r\n' +
      '"first.guest@example.com";"Guest";""\r\n' +
      'second.guest@example.com;GUEST;\r\n' +
      '\r\n' +
      '"quoted;person@example.com";Collaborator;\r\n' +
      'kept.collab@example.com;Collaborator;"Research"\r\n';
    const onClose = () => undefined;
    const { user } = renderWithProviders(<InviteCsvDialog onClose={onClose} />);
    await user.upload(
      screen.getByLabelText('CSV file'),
      new File([csv], 'people.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText('people.csv')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check rows' }));

    expect(
      await screen.findByText('10 rows: 3 ready to invite, 7 with a problem, 0 dropped.'),
    ).toBeInTheDocument();
    const verdicts: [number, string][] = [
      [2, 'Ready'],
      [3, 'Not a valid e-mail address'],
      [4, 'Repeats line 2'],
      [5, 'Already in the organization as Member'],
      [6, 'Already has a pending invitation'],
      [7, 'Unknown role “Overlord”'],
      [8, 'Ready'],
      [9, 'No guest seat left'],
      [11, 'Not a valid e-mail address'],
      [12, 'Ready'],
    ];
    for (const [line, verdict] of verdicts) expect(rowOf(line)).toHaveTextContent(verdict);
    expect(rowOf(2)).toHaveTextContent('Research, Annotators');

    await user.click(screen.getByRole('button', { name: 'Drop line 12: kept.collab@example.com' }));
    expect(
      screen.getByText('10 rows: 2 ready to invite, 7 with a problem, 1 dropped.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review 2 invitations' }));

    const outcomes = screen.getByRole('list', { name: 'What will happen' });
    expect(outcomes).toHaveTextContent('Invite as Member: 1');
    expect(outcomes).toHaveTextContent('Invite as Guest: 1');
    expect(screen.getByRole('list', { name: 'Skipped' })).toHaveTextContent(
      'Line 12: kept.collab@example.comDropped from the import',
    );
    await user.click(screen.getByRole('button', { name: 'Send 2 invitations' }));

    expect(await screen.findByText(/Finished · 2 done · 0 failed/)).toBeInTheDocument();
    const sent = new Map(store.invitations.map((i) => [i.email, i.role]));
    expect(sent.get('new.person@example.com')).toBe('MEMBER');
    expect(sent.get('first.guest@example.com')).toBe('GUEST');
    expect(sent.has('kept.collab@example.com')).toBe(false);
    expect(sent.has('second.guest@example.com')).toBe(false);
  });

  it('checks a pasted 10,000-row CSV and previews it a page at a time, with the right counts', async () => {
    const store = mockEngine.store;
    // Seats for everyone: only the bad addresses are problems.
    store.licence = { users: 1_000_000, collaborators: 1_000_000, guests: 1_000_000 };
    const lines = ['email,role'];
    for (let i = 1; i <= 10_000; i++) {
      lines.push(
        i % 100 === 50 ? `not-an-email-${String(i)},Member` : `bulk${String(i)}@example.com,Guest`,
      );
    }
    const { user } = renderWithProviders(<InviteCsvDialog onClose={() => undefined} />);
    await user.click(screen.getByRole('textbox', { name: 'Or paste CSV' }));
    await user.paste(lines.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Check rows' }));

    expect(
      await screen.findByText(
        '10,000 rows: 9,900 ready to invite, 100 with a problem, 0 dropped.',
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    // A page of the preview is drawn, not 10,000 rows.
    const table = screen.getByRole('table', { name: 'Rows to invite' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(rowOf(51)).toHaveTextContent('Not a valid e-mail address');
    expect(screen.getByRole('button', { name: 'Review 9,900 invitations' })).toBeEnabled();
  }, 60_000);
});
