import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { seatUsage } from '../../../../mocks/engine/rules/seats.ts';
import { persona, renderWithProviders } from '../../../../tests/render.tsx';
import { Component as UsersPage } from '../routes/users-page.tsx';

function renderPage(path = '/users') {
  return renderWithProviders(<UsersPage />, { path, routePath: '/users' });
}

/** The users on the list's first page (25, by name), as the mock holds them. */
function firstPage() {
  return [...mockEngine.store.users].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 25);
}

const label = (user: { name: string; email: string }) => `${user.name} (${user.email})`;

async function tick(user: ReturnType<typeof renderPage>['user'], names: readonly string[]) {
  const table = await screen.findByRole('table', { name: 'Users' });
  for (const name of names) {
    await user.click(await within(table).findByRole('checkbox', { name: `Select ${name}` }));
  }
}

describe('Bulk actions on the users list', () => {
  it('changes many roles: the preview counts seats and skips, and the run shows each refusal', async () => {
    const store = mockEngine.store;
    const admin = persona('admin');
    const members = firstPage().filter((u) => u.role === 'MEMBER' && u.email !== admin.email);
    const targets = members.slice(0, 3);
    expect(targets).toHaveLength(3);
    // One collaborator seat left: the first change takes it, the server refuses the other two.
    store.licence.collaborators = seatUsage(store, Date.now()).collaborators.current + 1;
    const { user } = renderPage();
    await tick(user, [admin.name, ...targets.map((t) => t.name)]);
    expect(
      within(screen.getByRole('region', { name: 'Selected users' })).getByRole('status'),
    ).toHaveTextContent('4 selected');

    await user.click(screen.getByRole('button', { name: 'Change role' }));
    const chooser = await screen.findByRole('dialog', { name: 'Change the role of 4 users' });
    await user.click(within(chooser).getByRole('combobox', { name: 'New role' }));
    await user.click(await screen.findByRole('option', { name: /^Collaborator/ }));
    expect(within(chooser).getByText(/capped at Can edit/)).toBeInTheDocument();
    await user.click(within(chooser).getByRole('button', { name: 'Review the change' }));

    const dialog = await screen.findByRole('dialog', { name: 'Make Collaborator' });
    const outcomes = within(dialog).getByRole('list', { name: 'What will happen' });
    expect(outcomes).toHaveTextContent('Member → Collaborator: 3');
    expect(outcomes).toHaveTextContent(
      'Collaborator seats needed, but only 1 free: the server will refuse 2: 3',
    );
    const skipped = within(dialog).getByRole('list', { name: 'Skipped' });
    expect(skipped).toHaveTextContent(label(admin));
    expect(skipped).toHaveTextContent(/That is you/);

    await user.click(within(dialog).getByRole('button', { name: 'Make 3 users Collaborator' }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('1 done · 2 failed');
    const results = within(dialog).getByRole('list', { name: 'Results' });
    expect(within(results).getAllByText(/No collaborator seats left/)).toHaveLength(2);
    // The server agrees: exactly one of them is a collaborator now.
    const roles = targets.map((t) => store.users.find((u) => u.id === t.id)?.role);
    expect(roles.filter((role) => role === 'COLLABORATOR')).toHaveLength(1);
    expect(roles.filter((role) => role === 'MEMBER')).toHaveLength(2);

    // A seat frees up: Retry failed sends only the two refused, and one more goes through.
    store.licence.collaborators += 1;
    await user.click(within(dialog).getByRole('button', { name: 'Retry failed (2)' }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('2 done · 1 failed');
  });

  it('adds many to a group, skipping those already in it', async () => {
    const store = mockEngine.store;
    const group = store.groups[0];
    if (!group) throw new Error('the demo seed has groups');
    const page = firstPage();
    const inGroup = page.find((u) => group.memberIds.includes(u.id));
    const outside = page.filter((u) => !group.memberIds.includes(u.id)).slice(0, 2);
    if (!inGroup) throw new Error(`someone on the first page is in ${group.name}`);
    const { user } = renderPage();
    await tick(user, [inGroup.name, ...outside.map((u) => u.name)]);

    await user.click(screen.getByRole('button', { name: 'Add to group' }));
    const chooser = await screen.findByRole('dialog', { name: 'Add 3 users to a group' });
    await user.type(within(chooser).getByRole('combobox', { name: 'Group' }), group.name);
    await user.click(await screen.findByRole('option', { name: group.name }));
    await user.click(within(chooser).getByRole('button', { name: 'Review the change' }));

    const dialog = await screen.findByRole('dialog', { name: `Add to ${group.name}` });
    expect(within(dialog).getByRole('list', { name: 'What will happen' })).toHaveTextContent(
      `Add to ${group.name}: 2`,
    );
    expect(within(dialog).getByRole('list', { name: 'Skipped' })).toHaveTextContent(
      `${label(inGroup)}Already a member of ${group.name}`,
    );
    await user.click(within(dialog).getByRole('button', { name: `Add 2 users to ${group.name}` }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('2 done · 0 failed');
    for (const person of outside) expect(group.memberIds).toContain(person.id);
    // One cache refresh at the end, and the ticks are cleared.
    expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
  });

  it('removes every matching user but yourself, asking for the count to be typed', async () => {
    const store = mockEngine.store;
    const admin = persona('admin');
    const { user } = renderPage('/users?q=email%3Aacme.ai&pageSize=10');
    const matching = store.users.filter((u) => u.email.includes('acme.ai'));
    expect(matching.length).toBeGreaterThan(11);
    const table = await screen.findByRole('table', { name: 'Users' });
    await user.click(
      await within(table).findByRole('checkbox', { name: 'Select all users on this page' }),
    );
    await user.click(
      screen.getByRole('button', { name: `Select all ${matching.length} matching` }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove from organization' }));

    const dialog = await screen.findByRole('dialog', { name: 'Remove from the organization' });
    expect(within(dialog).getByRole('list', { name: 'Skipped' })).toHaveTextContent(label(admin));
    const count = matching.length - 1;
    const remove = within(dialog).getByRole('button', { name: `Remove ${count} users` });
    expect(remove).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: `Type ${count} to confirm` }),
      String(count),
    );
    await user.click(remove);
    expect(await within(dialog).findByText(/^Finished/, {}, { timeout: 15000 })).toHaveTextContent(
      `${count} done`,
    );
    expect(store.users.filter((u) => u.email.includes('acme.ai')).map((u) => u.email)).toEqual([
      admin.email,
    ]);
  });
});
